import { ShapeError, sameShape, sizeOf } from '@bp/tensor';
import { StateDictError } from './errors.js';
import type { Parameter } from './parameter.js';

/** One parameter as plain JSON. */
export interface TensorState {
  shape: number[];
  data: number[];
}

/**
 * Parameters by dotted name. JSON.stringify writes each float64 with the shortest digits that read back
 * as the same number, so `JSON.parse(JSON.stringify(state))` restores every weight bit for bit
 * (the one exception is −0, which JSON writes as 0).
 */
export type StateDict = Record<string, TensorState>;

export interface LoadStateOptions {
  /** Require the keys to match exactly (PyTorch's `strict`). Default true. */
  strict?: boolean;
}

export function saveState(named: readonly [string, Parameter][]): StateDict {
  const state: StateDict = {};
  for (const [name, p] of named) state[name] = { shape: [...p.shape], data: Array.from(p.data.data) };
  return state;
}

export function loadState(
  named: readonly [string, Parameter][],
  state: StateDict,
  options: LoadStateOptions,
): void {
  const strict = options.strict ?? true;
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    throw new StateDictError(
      `the state must be an object mapping parameter names to { shape, data }, got ${Array.isArray(state) ? 'an array' : typeof state}`,
    );
  }
  const own = new Map(named);
  const missing = named.map(([k]) => k).filter((k) => !Object.hasOwn(state, k));
  const unexpected = Object.keys(state).filter((k) => !own.has(k));
  if (strict && (missing.length > 0 || unexpected.length > 0)) {
    const parts: string[] = [];
    if (missing.length > 0)
      parts.push(`missing key${missing.length > 1 ? 's' : ''} ${missing.map((k) => `'${k}'`).join(', ')}`);
    if (unexpected.length > 0)
      parts.push(
        `unexpected key${unexpected.length > 1 ? 's' : ''} ${unexpected.map((k) => `'${k}'`).join(', ')}`,
      );
    throw new StateDictError(
      `${parts.join('; ')} (the module has ${named.map(([k]) => `'${k}'`).join(', ') || 'no parameters'})`,
      missing,
      unexpected,
    );
  }
  const writes: [Parameter, readonly number[]][] = [];
  for (const [key, p] of named) {
    if (!Object.hasOwn(state, key)) continue;
    const entry = checkEntry(key, state[key]);
    if (!sameShape(entry.shape, p.shape)) {
      throw new ShapeError(
        'loadStateDict',
        `parameter '${key}' has shape [${p.shape.join(', ')}] in the module but [${entry.shape.join(', ')}] in the state`,
        [p.shape, entry.shape],
      );
    }
    writes.push([p, entry.data]);
  }
  for (const [p, data] of writes) p.data.data.set(data);
}

function checkEntry(key: string, entry: unknown): TensorState {
  if (typeof entry !== 'object' || entry === null)
    throw new StateDictError(
      `entry '${key}' must be an object { shape, data }, got ${entry === null ? 'null' : typeof entry}`,
    );
  const { shape, data } = entry as Partial<Record<'shape' | 'data', unknown>>;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && (d as number) >= 0)) {
    throw new StateDictError(`entry '${key}' has no valid 'shape' (an array of non-negative integers)`);
  }
  if (!Array.isArray(data)) throw new StateDictError(`entry '${key}' has no 'data' array`);
  const dims = shape as number[];
  if (data.length !== sizeOf(dims)) {
    throw new StateDictError(
      `entry '${key}' has ${data.length} numbers in 'data' but its shape [${dims.join(', ')}] needs ${sizeOf(dims)}`,
    );
  }
  const bad = data.findIndex((v) => typeof v !== 'number');
  if (bad >= 0) {
    throw new StateDictError(
      `entry '${key}' has a non-number at data[${bad}] (${JSON.stringify(data[bad])}); JSON turns NaN and Infinity into null`,
    );
  }
  return { shape: dims, data: data as number[] };
}
