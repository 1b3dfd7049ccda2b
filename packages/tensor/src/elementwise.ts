import { Tensor, type TensorLike } from './tensor.js';
import { ArgumentError } from './errors.js';
import { broadcastShapes, sameShape, sizeOf, stridesOf } from './shape.js';

const scalar = (x: number): Tensor => new Tensor(Float64Array.of(x), []);

function asTensor(op: string, x: TensorLike, name: string): Tensor {
  if (x instanceof Tensor) return x;
  if (typeof x === 'number') return scalar(x);
  throw new ArgumentError(op, name, `must be a Tensor or a number, got ${typeof x}`);
}

/**
 * Applies `f` elementwise with NumPy broadcasting. Same-shape and scalar operands take flat loops;
 * the general case walks the output with per-operand strides that are 0 on broadcast dimensions.
 */
export function zipWith(
  op: string,
  a: TensorLike,
  b: TensorLike,
  f: (x: number, y: number) => number,
): Tensor {
  const ta = asTensor(op, a, 'a');
  const tb = asTensor(op, b, 'b');
  const x = ta.data;
  const y = tb.data;
  if (sameShape(ta.shape, tb.shape)) {
    const out = new Float64Array(x.length);
    for (let i = 0; i < out.length; i++) out[i] = f(x[i], y[i]);
    return new Tensor(out, ta.shape);
  }
  const shape = broadcastShapes(op, ta.shape, tb.shape);
  const out = new Float64Array(sizeOf(shape));
  if (tb.size === 1 && shape.length === ta.ndim) {
    const v = y[0];
    for (let i = 0; i < out.length; i++) out[i] = f(x[i], v);
    return new Tensor(out, shape);
  }
  if (ta.size === 1 && shape.length === tb.ndim) {
    const v = x[0];
    for (let i = 0; i < out.length; i++) out[i] = f(v, y[i]);
    return new Tensor(out, shape);
  }
  const sa = broadcastStrides(ta.shape, shape);
  const sb = broadcastStrides(tb.shape, shape);
  const nd = shape.length;
  const last = nd - 1;
  const inner = shape[last];
  const ia = sa[last];
  const ib = sb[last];
  const counter = new Array<number>(nd).fill(0);
  let offA = 0;
  let offB = 0;
  for (let o = 0; o < out.length; o += inner) {
    let pa = offA;
    let pb = offB;
    for (let j = 0; j < inner; j++) {
      out[o + j] = f(x[pa], y[pb]);
      pa += ia;
      pb += ib;
    }
    // Advance the odometer over the outer dimensions.
    for (let d = last - 1; d >= 0; d--) {
      counter[d]++;
      offA += sa[d];
      offB += sb[d];
      if (counter[d] < shape[d]) break;
      offA -= sa[d] * shape[d];
      offB -= sb[d] * shape[d];
      counter[d] = 0;
    }
  }
  return new Tensor(out, shape);
}

/** Strides of `shape` seen inside the broadcast `target` shape: 0 where the dimension is stretched or missing. */
export function broadcastStrides(shape: readonly number[], target: readonly number[]): number[] {
  const own = stridesOf(shape);
  const offset = target.length - shape.length;
  return target.map((_, i) => (i < offset || shape[i - offset] === 1 ? 0 : own[i - offset]));
}

/** Applies `f` to every element. */
export function map(a: Tensor, f: (x: number) => number): Tensor {
  const x = a.data;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = f(x[i]);
  return new Tensor(out, a.shape);
}

export const add = (a: TensorLike, b: TensorLike): Tensor => zipWith('add', a, b, (x, y) => x + y);
export const sub = (a: TensorLike, b: TensorLike): Tensor => zipWith('sub', a, b, (x, y) => x - y);
export const mul = (a: TensorLike, b: TensorLike): Tensor => zipWith('mul', a, b, (x, y) => x * y);
export const div = (a: TensorLike, b: TensorLike): Tensor => zipWith('div', a, b, (x, y) => x / y);
export const pow = (a: TensorLike, b: TensorLike): Tensor => zipWith('pow', a, b, (x, y) => x ** y);
export const maximum = (a: TensorLike, b: TensorLike): Tensor =>
  zipWith('maximum', a, b, (x, y) => (x >= y ? x : y));
export const minimum = (a: TensorLike, b: TensorLike): Tensor =>
  zipWith('minimum', a, b, (x, y) => (x <= y ? x : y));
/** 1 where a > b, else 0. */
export const gt = (a: TensorLike, b: TensorLike): Tensor => zipWith('gt', a, b, (x, y) => (x > y ? 1 : 0));
/** 1 where a == b, else 0. */
export const eq = (a: TensorLike, b: TensorLike): Tensor => zipWith('eq', a, b, (x, y) => (x === y ? 1 : 0));

export const neg = (a: Tensor): Tensor => map(a, (x) => -x);
export const exp = (a: Tensor): Tensor => map(a, Math.exp);
export const log = (a: Tensor): Tensor => map(a, Math.log);
export const sqrt = (a: Tensor): Tensor => map(a, Math.sqrt);
export const abs = (a: Tensor): Tensor => map(a, Math.abs);
export const sign = (a: Tensor): Tensor => map(a, Math.sign);
export const tanh = (a: Tensor): Tensor => map(a, Math.tanh);
export const relu = (a: Tensor): Tensor => map(a, (x) => (x > 0 ? x : 0));
export const sigmoid = (a: Tensor): Tensor => map(a, sigmoidScalar);
export const softplus = (a: Tensor): Tensor => map(a, softplusScalar);

/** σ(x) = 1 / (1 + e^−x), written so that neither branch overflows. */
export function sigmoidScalar(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** ln(1 + e^x) without overflow for large x or loss of precision for very negative x. */
export function softplusScalar(x: number): number {
  return Math.log1p(Math.exp(-Math.abs(x))) + (x > 0 ? x : 0);
}
