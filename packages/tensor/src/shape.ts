import { AxisError, ShapeError } from './errors.js';

export type Shape = readonly number[];

/** Checks that every dimension is a non-negative integer; returns a frozen copy. */
export function checkShape(op: string, shape: Shape): number[] {
  const dims: unknown = shape;
  if (!Array.isArray(dims))
    throw new ShapeError(op, `a shape must be an array of dimensions, got ${String(dims)}`);
  for (const d of shape) {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0) {
      throw new ShapeError(op, `invalid dimension ${String(d)}: dimensions are non-negative integers`, [
        shape,
      ]);
    }
  }
  return [...shape];
}

export function sizeOf(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Row-major (C order) strides. */
export function stridesOf(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

export function sameShape(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** NumPy broadcasting: align trailing dimensions; each pair must be equal or contain a 1. */
export function broadcastShapes(op: string, a: Shape, b: Shape): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = a.length - n + i >= 0 ? a[a.length - n + i] : 1;
    const db = b.length - n + i >= 0 ? b[b.length - n + i] : 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new ShapeError(op, `cannot broadcast dimension ${i} (${da} vs ${db})`, [a, b]);
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/** Maps a possibly negative axis into `[0, ndim)`. */
export function normalizeAxis(op: string, axis: number, shape: Shape): number {
  const ndim = shape.length;
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) throw new AxisError(op, axis, shape);
  return axis < 0 ? axis + ndim : axis;
}
