// The declarative format of a hidden suite (solutions/<id>/suite.ts). Light on purpose: suites import it.
import type { Rng } from './rng.js';
import type { Text } from './text.js';

export type { Rng } from './rng.js';
export type { Text, Lang } from './text.js';

/** Values a case may pass to the function under test: they cross a worker boundary and are deep-copied. */
export type Json = number | string | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export interface Case {
  /** Shown in feedback: "exemplo resolvido", "z = 0 (borda)", "aleatório #3"… */
  readonly name: Text;
  /** Positional arguments of the call. */
  readonly args: readonly Json[];
}

/**
 * How an output is compared with the expected one: numbers pass when |received − expected| ≤ atol + rtol·|expected|
 * (numpy's isclose); strings and booleans must be equal. With `shape` (the default) arrays must have the expected
 * nesting and lengths; with `shape: false` only the flattened numbers are compared.
 */
export interface Compare {
  readonly atol: number;
  readonly rtol: number;
  readonly shape?: boolean;
}

export interface TaskSpec {
  /** The exported function of the stub module that this task grades. */
  readonly fn: string;
  readonly points: number;
  readonly title: Text;
  /** The worked example, edge cases and `count` seeded random cases (count = the suite's `seededCount`). */
  readonly cases: (rng: Rng, count: number) => readonly Case[];
  /** Defaults to the suite's `compare`. */
  readonly compare?: Compare;
  /**
   * For outputs that are objects of intermediate quantities ({ a1, delta1, grad }): the order in which they are
   * computed. Feedback names the first one that diverges. Defaults to the key order of the reference's output.
   */
  readonly keys?: readonly string[];
  /**
   * A trusted module (path relative to suite.ts) that runs inside the isolated worker and turns
   * (studentModule, fn, args) into a plain output, for tasks whose student code builds engine objects.
   * Its default export: `(module: Record<string, unknown>, fn: string, args: unknown[]) => unknown` (may be async).
   */
  readonly harness?: string;
  /** Per-case deadline, ms; defaults to the suite's. */
  readonly timeoutMs?: number;
}

export interface SuiteSpec {
  /** The folder name under exercises/ and solutions/, e.g. `01-local-derivatives`. */
  readonly id: string;
  readonly title: Text;
  /** The stub/reference file the tasks' functions live in, e.g. `derivatives.ts`. */
  readonly module: string;
  readonly tasks: readonly TaskSpec[];
  /** Defaults to 1e-9 absolute and relative. */
  readonly compare?: Compare;
  /** Per-case deadline in ms (default 2000). A call past it is stopped and the task is "timed out". */
  readonly timeoutMs?: number;
  /** How many seeded random cases each task asks for (default 5). */
  readonly seededCount?: number;
}

/** Identity with types: `export default defineSuite({...})` in solutions/<id>/suite.ts. */
export function defineSuite<const S extends SuiteSpec>(suite: S): S {
  return suite;
}

/** A misconception text, exported by each wrong answer as `misconception`. */
export interface Misconception {
  readonly 'pt-BR': string;
  readonly en: string;
}

export const DEFAULT_COMPARE: Compare = { atol: 1e-9, rtol: 1e-9, shape: true };
export const DEFAULT_TIMEOUT_MS = 2000;
export const DEFAULT_SEEDED_COUNT = 5;
