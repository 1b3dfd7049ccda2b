// Plain values: conversion from anything a student returns, deep equality, and JSON encoding of NaN/Infinity.
import { UNSUPPORTED, type Plain } from './protocol.js';

const MAX_ITEMS = 1_000_000;

/** Makes a returned value plain (see `Plain`); throws RangeError past a million items or on cycles. */
export function toPlain(value: unknown): Plain {
  let items = 0;
  const seen = new Set<object>();
  const walk = (v: unknown): Plain => {
    if (++items > MAX_ITEMS) throw new RangeError(`output too large (more than ${MAX_ITEMS} values)`);
    if (
      v === null ||
      v === undefined ||
      typeof v === 'number' ||
      typeof v === 'string' ||
      typeof v === 'boolean'
    )
      return v;
    if (typeof v !== 'object') return { [UNSUPPORTED]: typeof v };
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      return Array.from(v as unknown as ArrayLike<number | bigint>, (x) =>
        typeof x === 'bigint' ? Number(x) : x,
      );
    }
    if (seen.has(v)) throw new RangeError('output contains a cycle');
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map(walk);
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        const ctor = (v as { constructor?: { name?: unknown } }).constructor?.name;
        return { [UNSUPPORTED]: typeof ctor === 'string' && ctor !== '' ? ctor : 'object' };
      }
      const out: { [key: string]: Plain } = {};
      for (const key of Object.keys(v)) out[key] = walk((v as Record<string, unknown>)[key]);
      return out;
    } finally {
      seen.delete(v);
    }
  };
  return walk(value);
}

/** The `$unsupported` tag of a plain value, if it is one. */
export function unsupportedType(v: Plain): string | undefined {
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && UNSUPPORTED in v) {
    const t = v[UNSUPPORTED];
    return typeof t === 'string' ? t : 'object';
  }
  return undefined;
}

/** Structural equality that treats NaN as equal to NaN and tells -0 from 0 (used for mutation checks). */
export function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path || '(value)';
  if (Array.isArray(a) !== Array.isArray(b)) return path || '(value)';
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}.length`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return path || '(keys)';
  for (const k of ka) {
    const d = firstDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${path}.${k}`,
    );
    if (d !== undefined) return d;
  }
  return undefined;
}

/** JSON with NaN, ±Infinity, -0 and undefined kept as `{ "$num": "NaN" }` etc. */
export function encodePlain(v: Plain): unknown {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return { $num: 'NaN' };
    if (v === Infinity) return { $num: 'Infinity' };
    if (v === -Infinity) return { $num: '-Infinity' };
    if (Object.is(v, -0)) return { $num: '-0' };
    return v;
  }
  if (v === undefined) return { $undefined: true };
  if (Array.isArray(v)) return v.map(encodePlain);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = encodePlain(x);
    return out;
  }
  return v;
}

export function decodePlain(v: unknown): Plain {
  if (Array.isArray(v)) return v.map(decodePlain);
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === '$num' && typeof o.$num === 'string')
      return Number(o.$num === '-0' ? -0 : o.$num);
    if (keys.length === 1 && keys[0] === '$undefined') return undefined;
    const out: { [key: string]: Plain } = {};
    for (const k of keys) out[k] = decodePlain(o[k]);
    return out;
  }
  return v as Plain;
}
