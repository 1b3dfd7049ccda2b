import { Tensor } from './tensor.js';
import { ShapeError } from './errors.js';
import { normalizeAxis, sizeOf } from './shape.js';

export interface ReduceOptions {
  /** Keep the reduced axis with length 1, so the result broadcasts against the input. */
  keepdims?: boolean;
}

type Reducer = (x: Float64Array, start: number, n: number, stride: number) => number;

/**
 * Reduces one axis (or, without an axis, every element) with `f`, which sees the n elements
 * at `start`, `start + stride`, …
 */
function reduce(
  op: string,
  a: Tensor,
  axis: number | undefined,
  options: ReduceOptions | undefined,
  f: Reducer,
): Tensor {
  const keepdims = options?.keepdims ?? false;
  if (axis === undefined) {
    const shape = keepdims ? a.shape.map(() => 1) : [];
    return new Tensor(Float64Array.of(f(a.data, 0, a.size, 1)), shape);
  }
  const ax = normalizeAxis(op, axis, a.shape);
  const n = a.shape[ax];
  const outer = sizeOf(a.shape.slice(0, ax));
  const inner = sizeOf(a.shape.slice(ax + 1));
  const out = new Float64Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) out[o * inner + i] = f(a.data, o * n * inner + i, n, inner);
  }
  const shape = keepdims ? a.shape.map((d, i) => (i === ax ? 1 : d)) : a.shape.filter((_, i) => i !== ax);
  return new Tensor(out, shape);
}

const sumOf: Reducer = (x, start, n, stride) => {
  let s = 0;
  for (let k = 0, p = start; k < n; k++, p += stride) s += x[p];
  return s;
};

function nonEmpty(op: string, a: Tensor, axis: number | undefined): void {
  const n = axis === undefined ? a.size : a.shape[normalizeAxis(op, axis, a.shape)];
  if (n === 0) throw new ShapeError(op, 'cannot reduce an empty axis', [a.shape]);
}

export function sum(a: Tensor, axis?: number, options?: ReduceOptions): Tensor {
  return reduce('sum', a, axis, options, sumOf);
}

export function mean(a: Tensor, axis?: number, options?: ReduceOptions): Tensor {
  nonEmpty('mean', a, axis);
  return reduce('mean', a, axis, options, (x, start, n, stride) => sumOf(x, start, n, stride) / n);
}

/** NaN propagates, as in NumPy. */
export function max(a: Tensor, axis?: number, options?: ReduceOptions): Tensor {
  nonEmpty('max', a, axis);
  return reduce('max', a, axis, options, (x, start, n, stride) => {
    let m = -Infinity;
    for (let k = 0, p = start; k < n; k++, p += stride) {
      const v = x[p];
      if (v > m || Number.isNaN(v)) m = v;
      if (Number.isNaN(m)) return m;
    }
    return m;
  });
}

export function min(a: Tensor, axis?: number, options?: ReduceOptions): Tensor {
  nonEmpty('min', a, axis);
  return reduce('min', a, axis, options, (x, start, n, stride) => {
    let m = Infinity;
    for (let k = 0, p = start; k < n; k++, p += stride) {
      const v = x[p];
      if (v < m || Number.isNaN(v)) m = v;
      if (Number.isNaN(m)) return m;
    }
    return m;
  });
}

/** Index of the first maximum along the axis (of the flattened tensor without one). */
export function argmax(a: Tensor, axis?: number, options?: ReduceOptions): Tensor {
  nonEmpty('argmax', a, axis);
  return reduce('argmax', a, axis, options, (x, start, n, stride) => {
    let best = 0;
    let m = x[start];
    for (let k = 1, p = start + stride; k < n; k++, p += stride) {
      if (x[p] > m) {
        m = x[p];
        best = k;
      }
    }
    return best;
  });
}
