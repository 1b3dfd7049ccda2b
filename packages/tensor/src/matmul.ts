import { Tensor } from './tensor.js';
import { ArgumentError, ShapeError } from './errors.js';
import { broadcastShapes, sizeOf, stridesOf } from './shape.js';
import { operand } from './gemm-pack.js';
import { gemmJs } from './gemm-js.js';
import { gemmWasm } from './gemm-wasm.js';
import { kernelFor } from './matmul-backend.js';

/**
 * Matrix product with NumPy's rules: 2-d × 2-d, batched over leading dimensions (which broadcast),
 * and 1-d operands promoted to a row (left) or a column (right) and dropped from the result.
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (!(a instanceof Tensor) || !(b instanceof Tensor)) {
    throw new ArgumentError('matmul', 'a, b', 'must both be Tensors');
  }
  if (a.ndim === 0 || b.ndim === 0)
    throw new ShapeError('matmul', 'operands need at least one dimension', [a.shape, b.shape]);
  const aShape = a.ndim === 1 ? [1, a.shape[0]] : [...a.shape];
  const bShape = b.ndim === 1 ? [b.shape[0], 1] : [...b.shape];
  const m = aShape[aShape.length - 2];
  const k = aShape[aShape.length - 1];
  const k2 = bShape[bShape.length - 2];
  const n = bShape[bShape.length - 1];
  if (k !== k2) {
    throw new ShapeError('matmul', `inner dimensions differ (${k} vs ${k2})`, [a.shape, b.shape]);
  }
  const aBatch = aShape.slice(0, -2);
  const bBatch = bShape.slice(0, -2);
  const batch = broadcastShapes('matmul', aBatch, bBatch);
  const out = new Float64Array(sizeOf(batch) * m * n);
  const aStrides = batchStrides(aBatch, batch, m * k);
  const bStrides = batchStrides(bBatch, batch, k * n);
  const count = sizeOf(batch);
  const counter = new Array<number>(batch.length).fill(0);
  let aOff = 0;
  let bOff = 0;
  for (let t = 0; t < count; t++) {
    gemm(m, n, k, a.data, aOff, b.data, bOff, out, t * m * n);
    for (let d = batch.length - 1; d >= 0; d--) {
      counter[d]++;
      aOff += aStrides[d];
      bOff += bStrides[d];
      if (counter[d] < batch[d]) break;
      aOff -= aStrides[d] * batch[d];
      bOff -= bStrides[d] * batch[d];
      counter[d] = 0;
    }
  }
  const shape = [...batch];
  if (a.ndim > 1) shape.push(m);
  if (b.ndim > 1) shape.push(n);
  return new Tensor(out, shape);
}

/**
 * The 2-d product with either operand read transposed, without materialising the transpose:
 * `matmulTransposed(g, w, { transB: true })` is g·wᵀ. Backward passes and linear layers use it.
 */
export function matmulTransposed(
  a: Tensor,
  b: Tensor,
  options: { transA?: boolean; transB?: boolean } = {},
): Tensor {
  const { transA = false, transB = false } = options;
  if (a.ndim !== 2 || b.ndim !== 2)
    throw new ShapeError('matmulTransposed', 'operands must be 2-d', [a.shape, b.shape]);
  const [m, k] = transA ? [a.shape[1], a.shape[0]] : [a.shape[0], a.shape[1]];
  const [k2, n] = transB ? [b.shape[1], b.shape[0]] : [b.shape[0], b.shape[1]];
  if (k !== k2) {
    const desc = `${transA ? 'aᵀ' : 'a'}·${transB ? 'bᵀ' : 'b'}`;
    throw new ShapeError('matmulTransposed', `inner dimensions of ${desc} differ (${k} vs ${k2})`, [
      a.shape,
      b.shape,
    ]);
  }
  const out = new Float64Array(m * n);
  gemm(m, n, k, a.data, 0, b.data, 0, out, 0, { transA, transB });
  return new Tensor(out, [m, n]);
}

function batchStrides(own: number[], batch: number[], matrixSize: number): number[] {
  const strides = stridesOf(own).map((s) => s * matrixSize);
  const offset = batch.length - own.length;
  return batch.map((_, i) => (i < offset || own[i - offset] === 1 ? 0 : strides[i - offset]));
}

/** Where an operand's element (row r, column c) lives, for a row-major matrix or its transpose. */
export interface GemmOptions {
  /** Read A as its transpose: A is stored k×m. */
  transA?: boolean;
  /** Read B as its transpose: B is stored n×k. */
  transB?: boolean;
  /** Add into C instead of overwriting it. */
  accumulate?: boolean;
}

/**
 * C[m×n] = op(A)[m×k] · op(B)[k×n] (or += with `accumulate`) on row-major arrays at the given offsets, where
 * op is the identity or the transpose. Both kernels pack op(B) into panels and op(A) into strips (zero-padded
 * at the edges) so that a register-blocked micro-kernel reads them contiguously: the TypeScript one
 * (gemm-js.ts) for tiny products, the WebAssembly SIMD one (wasm/gemm.wat, driven by gemm-wasm.ts) for the
 * rest, which computes the skinny x·Wᵀ of a mini-batch by dot products instead, without packing. See
 * `setMatmulBackend`.
 */
export function gemm(
  m: number,
  n: number,
  k: number,
  A: Float64Array,
  aOff: number,
  B: Float64Array,
  bOff: number,
  C: Float64Array,
  cOff: number,
  options: GemmOptions = {},
): void {
  const { transA = false, transB = false, accumulate = false } = options;
  if (m === 0 || n === 0) return;
  if (k === 0) {
    if (!accumulate) C.fill(0, cOff, cOff + m * n);
    return;
  }
  // op(A) is m×k: stored k×m when transposed. op(B) is k×n: stored n×k when transposed.
  const a = operand(A, aOff, transA ? m : k, transA);
  const b = operand(B, bOff, transB ? k : n, transB);
  const kernel = kernelFor(m * n * k);
  if (kernel !== null) {
    gemmWasm(kernel, m, n, k, a, b, C, cOff, accumulate);
  } else {
    if (!accumulate) C.fill(0, cOff, cOff + m * n);
    gemmJs(m, n, k, a, b, C, cOff);
  }
}
