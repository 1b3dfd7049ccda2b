// The TypeScript matrix-product kernel: the readable reference that the WebAssembly kernel is tested against,
// and the one used for small products, where calling into WebAssembly and copying costs more than it saves.
import { packA, packB, type Operand } from './gemm-pack.js';

// Packing buffers, grown on demand and reused so the hot path does not allocate.
let packedA = new Float64Array(0);
let packedB = new Float64Array(0);

/**
 * C[m×n] (row-major at `cOff`) += op(A)[m×k] · op(B)[k×n], all of m, n, k ≥ 1. B is packed once into
 * 4-column panels and each 4-row strip of A into a 4-wide buffer (zero-padded at the edges), so the 4×4
 * micro-kernel reads both operands contiguously and keeps its 16 sums in registers.
 */
export function gemmJs(
  m: number,
  n: number,
  k: number,
  a: Operand,
  b: Operand,
  C: Float64Array,
  cOff: number,
): void {
  const panels = (n + 3) >> 2;
  if (packedB.length < panels * k * 4) packedB = new Float64Array(panels * k * 4);
  if (packedA.length < k * 4) packedA = new Float64Array(k * 4);
  const Bp = packedB;
  const Ap = packedA;
  packB(b, 0, k, 0, n, 4, Bp, 0);
  for (let i = 0; i < m; i += 4) {
    const rows = Math.min(4, m - i);
    packA(a, i, rows, 0, k, 4, Ap, 0);
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
