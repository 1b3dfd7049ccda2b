// Compares an output with the expected one, in the trusted process.
import type { Compare } from './suite.js';
import type { Plain } from './protocol.js';
import { unsupportedType } from './plain.js';

export type MismatchReason = 'value' | 'type' | 'shape' | 'not-finite' | 'missing-key' | 'unsupported';

/** The first place where an output differs from the expected one. */
export interface Mismatch {
  readonly reason: MismatchReason;
  /** Where, from the output's root: '' for the value itself, '.slope', '[2]', '.history[0].b3'. */
  readonly path: string;
  /** For an object output (intermediate quantities): the first key, in declared order, that diverges. */
  readonly quantity?: string;
  readonly expected: Plain;
  readonly received: Plain;
  readonly absError?: number;
  readonly relError?: number;
}

export function kindOf(v: Plain): string {
  const u = unsupportedType(v);
  if (u !== undefined) return u;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function numbersClose(e: number, r: number, cmp: Compare): boolean {
  if (Object.is(e, r) || e === r) return true;
  if (!Number.isFinite(e) || !Number.isFinite(r)) return false;
  return Math.abs(r - e) <= cmp.atol + cmp.rtol * Math.abs(e);
}

function numberMismatch(e: number, r: number, path: string): Mismatch {
  const absError = Math.abs(r - e);
  const relError = e === 0 ? (absError === 0 ? 0 : Infinity) : absError / Math.abs(e);
  const reason = Number.isFinite(r) || !Number.isFinite(e) ? 'value' : 'not-finite';
  return { reason, path, expected: e, received: r, absError, relError };
}

function flatten(v: Plain, out: Plain[]): Plain[] {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else out.push(v);
  return out;
}

function walk(e: Plain, r: Plain, cmp: Compare, path: string): Mismatch | undefined {
  if (unsupportedType(r) !== undefined) return { reason: 'unsupported', path, expected: e, received: r };
  if (typeof e === 'number') {
    if (typeof r !== 'number') return { reason: 'type', path, expected: e, received: r };
    return numbersClose(e, r, cmp) ? undefined : numberMismatch(e, r, path);
  }
  if (Array.isArray(e)) {
    if (!Array.isArray(r)) return { reason: 'type', path, expected: e, received: r };
    if (cmp.shape === false) {
      const fe = flatten(e, []);
      const fr = flatten(r, []);
      if (fe.length !== fr.length) return { reason: 'shape', path, expected: e, received: r };
      for (let i = 0; i < fe.length; i++) {
        const m = walk(fe[i], fr[i], cmp, `${path}{${i}}`);
        if (m !== undefined) return m;
      }
      return undefined;
    }
    if (e.length !== r.length) return { reason: 'shape', path, expected: e, received: r };
    for (let i = 0; i < e.length; i++) {
      const m = walk(e[i], r[i], cmp, `${path}[${i}]`);
      if (m !== undefined) return m;
    }
    return undefined;
  }
  if (e !== null && typeof e === 'object') {
    if (r === null || typeof r !== 'object' || Array.isArray(r))
      return { reason: 'type', path, expected: e, received: r };
    for (const key of Object.keys(e)) {
      if (!(key in r))
        return { reason: 'missing-key', path: `${path}.${key}`, expected: e[key], received: undefined };
      const m = walk(e[key], r[key], cmp, `${path}.${key}`);
      if (m !== undefined) return m;
    }
    return undefined;
  }
  if (Object.is(e, r)) return undefined;
  return { reason: typeof e === typeof r ? 'value' : 'type', path, expected: e, received: r };
}

/**
 * The first mismatch of `received` against `expected`, or undefined when they agree within `cmp`.
 * For object outputs, keys are visited in `keys` order (then the rest in the expected's order), so the
 * mismatch names the first intermediate quantity that diverges.
 */
export function compareOutput(
  expected: Plain,
  received: Plain,
  cmp: Compare,
  keys?: readonly string[],
): Mismatch | undefined {
  if (
    expected !== null &&
    typeof expected === 'object' &&
    !Array.isArray(expected) &&
    unsupportedType(expected) === undefined
  ) {
    if (unsupportedType(received) !== undefined)
      return { reason: 'unsupported', path: '', expected, received };
    if (received === null || typeof received !== 'object' || Array.isArray(received))
      return { reason: 'type', path: '', expected, received };
    const order = [...(keys ?? []), ...Object.keys(expected).filter((k) => !(keys ?? []).includes(k))];
    for (const key of order) {
      if (!(key in expected)) continue;
      const m =
        key in received
          ? walk(expected[key], received[key], cmp, `.${key}`)
          : ({
              reason: 'missing-key',
              path: `.${key}`,
              expected: expected[key],
              received: undefined,
            } satisfies Mismatch);
      if (m !== undefined) return { ...m, quantity: key };
    }
    return undefined;
  }
  return walk(expected, received, cmp, '');
}

/** True when every number in the value is finite and nothing is unsupported (checks a reference's output). */
export function isWellFormed(v: Plain): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (unsupportedType(v) !== undefined || v === undefined) return false;
  if (Array.isArray(v)) return v.every(isWellFormed);
  if (v !== null && typeof v === 'object') return Object.values(v).every(isWellFormed);
  return true;
}
