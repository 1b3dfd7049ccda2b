// The expected side of grading: the suite's cases for a seed, the reference's outputs and each wrong answer's.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ExercisePaths } from './discover.js';
import { listWrongAnswers } from './discover.js';
import type { LoadedSuite, Plain } from './protocol.js';
import { decodePlain, encodePlain } from './plain.js';
import type { Outcome, Sandbox } from './sandbox.js';
import type { Json, Misconception } from './suite.js';

export interface WrongAnswer {
  readonly slug: string;
  readonly misconception: Misconception;
  /** Tasks it gets wrong on purpose (its `targets` export); undefined when it does not say. */
  readonly targets?: readonly string[];
  /** Per task, per case (fewer cases when a call failed). */
  readonly outputs: Readonly<Record<string, readonly Outcome[]>>;
}

/** Everything grading needs besides the module under test; `expected.json` records it per seed. */
export interface Oracle {
  readonly seed: number;
  readonly suite: LoadedSuite;
  /** The reference's outcomes, per task, per case. */
  readonly expected: Readonly<Record<string, readonly Outcome[]>>;
  readonly wrong: readonly WrongAnswer[];
}

/** Anything that runs one call of a module in isolation: a worker (Sandbox) or a process (ProcessSandbox). */
export interface Caller {
  call(
    file: string,
    fn: string,
    args: readonly Json[],
    timeoutMs: number,
    harness?: string,
  ): Promise<Outcome>;
}

/** Runs every case of every task of `suite` on `file`; a task stops at its first call that does not return. */
export async function runModule(
  sandbox: Caller,
  suite: LoadedSuite,
  file: string,
): Promise<Record<string, Outcome[]>> {
  const out: Record<string, Outcome[]> = {};
  for (const task of suite.tasks) {
    const outcomes: Outcome[] = [];
    for (const c of task.cases) {
      const outcome = await sandbox.call(file, task.fn, c.args, task.timeoutMs, task.harness);
      outcomes.push(outcome);
      if (outcome.kind !== 'ok') break;
    }
    out[task.fn] = outcomes;
  }
  return out;
}

function asMisconception(v: Plain): Misconception | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const pt = v['pt-BR'];
  const en = v.en;
  return typeof pt === 'string' && typeof en === 'string' ? { 'pt-BR': pt, en } : undefined;
}

/** The reference module's path: solutions/<id>/<module>. */
export const referenceFile = (paths: ExercisePaths, suite: { module: string }): string =>
  join(paths.solutionDir, suite.module);

/**
 * Builds the oracle by running the reference and the wrong answers (trusted code, still isolated) when the
 * reference is there, or reads it from solutions/<id>/expected.json (a release copy).
 */
export async function buildOracle(
  paths: ExercisePaths,
  seed: number,
  sandbox: Sandbox,
  defaultTimeoutMs: number,
): Promise<Oracle> {
  if (!existsSync(paths.suiteFile)) return readOracle(paths, seed);
  // A release copy: the recorded oracle, without loading suite.ts (it may import files that were not released).
  const recorded = recordedModule(paths);
  if (recorded !== undefined && !existsSync(join(paths.solutionDir, recorded)))
    return readOracle(paths, seed);
  const suite = await sandbox.suite(paths.suiteFile, seed, defaultTimeoutMs);
  const ref = referenceFile(paths, suite);
  if (!existsSync(ref)) return readOracle(paths, seed);
  const expected = await runModule(sandbox, suite, ref);
  const wrong: WrongAnswer[] = [];
  for (const { slug, file } of listWrongAnswers(paths)) {
    const loaded = await sandbox.load(file);
    if ('kind' in loaded || loaded.type === 'load-error') {
      const why = 'kind' in loaded ? loaded.kind : `${loaded.error.name}: ${loaded.error.message}`;
      throw new Error(`wrong answer ${slug} of ${paths.id} cannot be loaded: ${why}`);
    }
    const misconception = asMisconception(loaded.misconception);
    if (misconception === undefined)
      throw new Error(
        `wrong answer ${slug} of ${paths.id} must export misconception = { 'pt-BR': '…', en: '…' }`,
      );
    const targets = Array.isArray(loaded.targets)
      ? loaded.targets.filter((t): t is string => typeof t === 'string')
      : undefined;
    wrong.push({
      slug,
      misconception,
      ...(targets === undefined ? {} : { targets }),
      outputs: await runModule(sandbox, suite, file),
    });
  }
  return { seed, suite, expected, wrong };
}

/** The shape of solutions/<id>/expected.json (numbers that JSON cannot hold are `{ "$num": "NaN" }`). */
export interface ExpectedFile {
  readonly schema: 'bp-expected/1';
  readonly exercise: string;
  /** Keyed by seed; harness paths are relative to the file's folder. */
  readonly seeds: Readonly<Record<string, unknown>>;
}

/** Serializes oracles (one per seed) as solutions/<id>/expected.json content. */
export function recordOracles(paths: ExercisePaths, oracles: readonly Oracle[]): ExpectedFile {
  const seeds: Record<string, unknown> = {};
  for (const o of oracles) {
    const suite = {
      ...o.suite,
      tasks: o.suite.tasks.map((t) =>
        t.harness === undefined ? t : { ...t, harness: relative(paths.solutionDir, t.harness) },
      ),
    };
    seeds[String(o.seed)] = {
      suite: encodePlain(suite as unknown as Plain),
      expected: encodeOutcomes(o.expected),
      wrong: o.wrong.map((w) => ({ ...w, outputs: encodeOutcomes(w.outputs) })),
    };
  }
  return { schema: 'bp-expected/1', exercise: paths.id, seeds };
}

function encodeOutcomes(r: Readonly<Record<string, readonly Outcome[]>>): unknown {
  const out: Record<string, unknown> = {};
  for (const [fn, list] of Object.entries(r))
    out[fn] = list.map((o) => (o.kind === 'ok' ? { kind: 'ok', value: encodePlain(o.value) } : o));
  return out;
}

function decodeOutcomes(r: unknown): Record<string, Outcome[]> {
  const out: Record<string, Outcome[]> = {};
  for (const [fn, list] of Object.entries(r as Record<string, { kind: string; value?: unknown }[]>)) {
    out[fn] = list.map((o) =>
      o.kind === 'ok' ? { kind: 'ok', value: decodePlain(o.value) } : (o as Outcome),
    );
  }
  return out;
}

/** The module name recorded in expected.json, if there is one. */
function recordedModule(paths: ExercisePaths): string | undefined {
  if (!existsSync(paths.expectedFile)) return undefined;
  try {
    const file = JSON.parse(readFileSync(paths.expectedFile, 'utf8')) as ExpectedFile;
    for (const entry of Object.values(file.seeds)) {
      const module = (entry as { suite?: { module?: unknown } }).suite?.module;
      if (typeof module === 'string') return module;
    }
  } catch {
    /* readOracle reports a broken file */
  }
  return undefined;
}

/** Seeds recorded in an expected.json, in order. */
export function recordedSeeds(paths: ExercisePaths): number[] {
  if (!existsSync(paths.expectedFile)) return [];
  try {
    return Object.keys((JSON.parse(readFileSync(paths.expectedFile, 'utf8')) as ExpectedFile).seeds)
      .map(Number)
      .sort((a, b) => a - b);
  } catch {
    return [];
  }
}

export function readOracle(paths: ExercisePaths, seed: number): Oracle {
  if (!existsSync(paths.expectedFile)) {
    throw new Error(
      `${paths.id}: no reference solution and no recorded expected values (${paths.expectedFile})`,
    );
  }
  const file = JSON.parse(readFileSync(paths.expectedFile, 'utf8')) as ExpectedFile;
  const entry = file.seeds[String(seed)] as
    | {
        suite: LoadedSuite;
        expected: unknown;
        wrong: (Omit<WrongAnswer, 'outputs'> & { outputs: unknown })[];
      }
    | undefined;
  if (file.schema !== 'bp-expected/1')
    throw new Error(`${paths.id}: ${paths.expectedFile} is not a bp-expected/1 file`);
  if (entry === undefined) {
    const seeds = Object.keys(file.seeds).join(', ');
    throw new Error(
      `${paths.id}: no expected values are recorded for seed ${seed} in this copy (recorded: ${seeds === '' ? 'none' : `seed ${seeds}`}); ` +
        `this copy has no reference solutions, so it can only grade the recorded seed(s): run without --seed or with --seed ${Object.keys(file.seeds)[0] ?? 1}`,
    );
  }
  const suite = decodePlain(entry.suite) as unknown as LoadedSuite;
  return {
    seed,
    suite: {
      ...suite,
      tasks: suite.tasks.map((t) =>
        t.harness === undefined ? t : { ...t, harness: resolve(paths.solutionDir, t.harness) },
      ),
    },
    expected: decodeOutcomes(entry.expected),
    wrong: entry.wrong.map((w) => ({ ...w, outputs: decodeOutcomes(w.outputs) })),
  };
}
