// Messages between the trusted process and a grading worker, and the plain values they carry.
import type { Compare, Json } from './suite.js';
import type { Text } from './text.js';

/**
 * An output made plain in the worker: numbers (NaN, ±Infinity and -0 kept), strings, booleans, null, undefined,
 * arrays (typed arrays become arrays), plain objects in key order, and `{ $unsupported: 'Map' }` for anything else.
 */
export type Plain = number | string | boolean | null | undefined | Plain[] | { [key: string]: Plain };

export const UNSUPPORTED = '$unsupported';

export interface ThrownInfo {
  /** Set when the value thrown is a NotImplementedError: the stub's function name. */
  readonly notImplemented?: string;
  readonly isError: boolean;
  readonly name: string;
  readonly message: string;
}

export interface LoadedTask {
  readonly fn: string;
  readonly points: number;
  readonly title: Text;
  readonly compare: Compare;
  readonly keys?: readonly string[];
  /** Absolute path of the harness module. */
  readonly harness?: string;
  readonly timeoutMs: number;
  readonly cases: readonly { readonly name: Text; readonly args: readonly Json[] }[];
}

/** A suite with its cases generated for one seed: plain data. */
export interface LoadedSuite {
  readonly id: string;
  readonly title: Text;
  readonly module: string;
  readonly tasks: readonly LoadedTask[];
}

export type Request =
  | {
      readonly type: 'suite';
      readonly file: string;
      readonly seed: number;
      readonly defaultTimeoutMs: number;
    }
  | { readonly type: 'load'; readonly file: string }
  | {
      readonly type: 'call';
      readonly file: string;
      readonly fn: string;
      readonly args: readonly Json[];
      readonly harness?: string;
    };

export type Reply =
  | { readonly type: 'suite'; readonly suite: LoadedSuite }
  | {
      readonly type: 'loaded';
      readonly exports: readonly string[];
      readonly misconception?: Plain;
      readonly targets?: Plain;
    }
  | { readonly type: 'load-error'; readonly error: ThrownInfo }
  | { readonly type: 'ok'; readonly value: Plain }
  | { readonly type: 'threw'; readonly error: ThrownInfo }
  | { readonly type: 'missing'; readonly exports: readonly string[] }
  | { readonly type: 'mutated'; readonly argument: number; readonly path: string };
