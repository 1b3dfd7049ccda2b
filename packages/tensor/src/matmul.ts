import { Tensor } from './tensor.js';
import { ArgumentError, ShapeError } from './errors.js';
import { broadcastShapes, sizeOf, stridesOf } from './shape.js';

/**
 * Matrix product with NumPy's rules: 2-d × 2-d, batched over leading dimensions (which broadcast),
 * and 1-d operands promoted to a row (left) or a column (right) and dropped from the result.
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (!(a instanceof Tensor) || !(b instanceof Tensor)) {
    throw new ArgumentError('matmul', 'a, b', 'must both be Tensors');
  }
  if (a.ndim === 0 || b.ndim === 0) throw new ShapeError('matmul', 'operands need at least one dimension', [a.shape, b.shape]);
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

function batchStrides(own: number[], batch: number[], matrixSize: number): number[] {
  const strides = stridesOf(own).map((s) => s * matrixSize);
  const offset = batch.length - own.length;
  return batch.map((_, i) => (i < offset || own[i - offset] === 1 ? 0 : strides[i - offset]));
}

/**
 * C[m×n] = A[m×k] · B[k×n] on row-major arrays at the given offsets (C is overwritten).
 * Four rows of C are updated per pass over a row of B, so each loaded B element feeds four
 * multiply-adds, and the k loop is blocked so the B panel stays in cache.
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
): void {
  C.fill(0, cOff, cOff + m * n);
  const KB = 256;
  for (let p0 = 0; p0 < k; p0 += KB) {
    const pEnd = Math.min(p0 + KB, k);
    let i = 0;
    for (; i + 3 < m; i += 4) {
      const c0 = cOff + i * n;
      const c1 = c0 + n;
      const c2 = c1 + n;
      const c3 = c2 + n;
      const a0 = aOff + i * k;
      const a1 = a0 + k;
      const a2 = a1 + k;
      const a3 = a2 + k;
      for (let p = p0; p < pEnd; p++) {
        const x0 = A[a0 + p];
        const x1 = A[a1 + p];
        const x2 = A[a2 + p];
        const x3 = A[a3 + p];
        const bRow = bOff + p * n;
        for (let j = 0; j < n; j++) {
          const y = B[bRow + j];
          C[c0 + j] += x0 * y;
          C[c1 + j] += x1 * y;
          C[c2 + j] += x2 * y;
          C[c3 + j] += x3 * y;
        }
      }
    }
    for (; i < m; i++) {
      const c0 = cOff + i * n;
      const a0 = aOff + i * k;
      for (let p = p0; p < pEnd; p++) {
        const x0 = A[a0 + p];
        const bRow = bOff + p * n;
        for (let j = 0; j < n; j++) C[c0 + j] += x0 * B[bRow + j];
      }
    }
  }
}
