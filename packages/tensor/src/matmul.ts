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

// Packing buffers, grown on demand and reused so the hot path does not allocate.
let packedA = new Float64Array(0);
let packedB = new Float64Array(0);

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
 * C[m×n] = op(A)[m×k] · op(B)[k×n] on row-major arrays at the given offsets, where op is the
 * identity or the transpose. B is packed once into 4-column panels and each 4-row strip of A into a
 * 4-wide buffer (zero-padded at the edges), so the 4×4 micro-kernel reads both operands contiguously
 * and keeps its 16 sums in registers.
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
  if (!accumulate) C.fill(0, cOff, cOff + m * n);
  if (m === 0 || n === 0 || k === 0) return;
  const panels = (n + 3) >> 2;
  if (packedB.length < panels * k * 4) packedB = new Float64Array(panels * k * 4);
  if (packedA.length < k * 4) packedA = new Float64Array(k * 4);
  const Bp = packedB;
  const Ap = packedA;
  // B(p, j) = transB ? B[j·k + p] : B[p·n + j]
  const bRow = transB ? 1 : n;
  const bCol = transB ? k : 1;
  for (let jp = 0; jp < panels; jp++) {
    const base = jp * k * 4;
    for (let c = 0; c < 4; c++) {
      const j = jp * 4 + c;
      if (j < n) {
        for (let p = 0, src = bOff + j * bCol; p < k; p++, src += bRow) Bp[base + p * 4 + c] = B[src];
      } else {
        for (let p = 0; p < k; p++) Bp[base + p * 4 + c] = 0;
      }
    }
  }
  // A(i, p) = transA ? A[p·m + i] : A[i·k + p]
  const aRow = transA ? 1 : k;
  const aCol = transA ? m : 1;
  for (let i = 0; i < m; i += 4) {
    for (let r = 0; r < 4; r++) {
      if (i + r < m) {
        for (let p = 0, src = aOff + (i + r) * aRow; p < k; p++, src += aCol) Ap[p * 4 + r] = A[src];
      } else {
        for (let p = 0; p < k; p++) Ap[p * 4 + r] = 0;
      }
    }
    const rows = Math.min(4, m - i);
    for (let jp = 0; jp < panels; jp++) {
      // prettier-ignore
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0,
          c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      // prettier-ignore
      for (let q = 0, b = jp * k * 4, end = k * 4; q < end; q += 4, b += 4) {
        const x0 = Ap[q], x1 = Ap[q + 1], x2 = Ap[q + 2], x3 = Ap[q + 3];
        const y0 = Bp[b], y1 = Bp[b + 1], y2 = Bp[b + 2], y3 = Bp[b + 3];
        c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
        c10 += x1 * y0; c11 += x1 * y1; c12 += x1 * y2; c13 += x1 * y3;
        c20 += x2 * y0; c21 += x2 * y1; c22 += x2 * y2; c23 += x2 * y3;
        c30 += x3 * y0; c31 += x3 * y1; c32 += x3 * y2; c33 += x3 * y3;
      }
      const j = jp * 4;
      const cols = Math.min(4, n - j);
      store(C, cOff + i * n + j, cols, c00, c01, c02, c03);
      if (rows > 1) store(C, cOff + (i + 1) * n + j, cols, c10, c11, c12, c13);
      if (rows > 2) store(C, cOff + (i + 2) * n + j, cols, c20, c21, c22, c23);
      if (rows > 3) store(C, cOff + (i + 3) * n + j, cols, c30, c31, c32, c33);
    }
  }
}

function store(
  C: Float64Array,
  o: number,
  cols: number,
  v0: number,
  v1: number,
  v2: number,
  v3: number,
): void {
  C[o] += v0;
  if (cols > 1) C[o + 1] += v1;
  if (cols > 2) C[o + 2] += v2;
  if (cols > 3) C[o + 3] += v3;
}
