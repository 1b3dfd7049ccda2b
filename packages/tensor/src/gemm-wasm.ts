// Drives the WebAssembly micro-kernel (wasm/gemm.wat): blocks the product so the packed operands stay in cache,
// packs them into the module's memory, and copies the block of C in and out. Everything here is O(n²) in the
// size of the operands; the O(n³) work happens in the module.
import { packA, packB, type Operand } from './gemm-pack.js';
import type { WasmKernel } from './wasm/kernel.js';

/** Depth of a block: a strip of A and a panel of B are KC·4·8 = 8 KiB, so one of each sits in L1. */
const KC = 256;
/** Rows of A per block: MC·KC·8 = 128 KiB of packed A, which stays in L2 while B panels go past it. */
const MC = 64;
/** Columns of C per block: bounds the copy of C kept in the module's memory to m·NC values. */
const NC = 1024;

/**
 * Products with at most this many rows whose op(A) rows and op(B) columns are contiguous (A·Bᵀ, a dense
 * layer's forward pass on a mini-batch) go to the dot-product kernel, which skips packing.
 */
const SKINNY_ROWS = 16;

const roundUp = (x: number, to: number): number => Math.ceil(x / to) * to;

/**
 * C[m×n] (row-major at `cOff`) = op(A)·op(B), or += when `accumulate`; all of m, n, k ≥ 1.
 * Memory layout, in float64 elements: [packed A block | packed B block | copy of C's column block].
 */
export function gemmWasm(
  kernel: WasmKernel,
  m: number,
  n: number,
  k: number,
  a: Operand,
  b: Operand,
  C: Float64Array,
  cOff: number,
  accumulate: boolean,
): void {
  if (m <= SKINNY_ROWS && a.colStride === 1 && b.rowStride === 1) {
    gemmDotsT(kernel, m, n, k, a, b, C, cOff, accumulate);
    return;
  }
  const { mr, nr } = kernel;
  const mPad = roundUp(m, mr);
  const kcMax = Math.min(KC, k);
  const mcMax = Math.min(MC, mPad);
  const ncMax = roundUp(Math.min(NC, n), nr);
  const aAt = 0;
  const bAt = aAt + mcMax * kcMax;
  const cAt = bAt + kcMax * ncMax;
  const mem = kernel.view(cAt + mPad * ncMax);
  for (let jc = 0; jc < n; jc += NC) {
    const nc = Math.min(NC, n - jc);
    const ldc = roundUp(nc, nr);
    // Without accumulate the first block of k overwrites the copy of C, so it need not be zeroed.
    if (accumulate) copyBlock(C, cOff + jc, n, mem, cAt, ldc, m, nc);
    for (let pc = 0; pc < k; pc += KC) {
      const kc = Math.min(KC, k - pc);
      packB(b, pc, kc, jc, nc, nr, mem, bAt);
      for (let ic = 0; ic < m; ic += MC) {
        const mc = Math.min(MC, m - ic);
        packA(a, ic, mc, pc, kc, mr, mem, aAt);
        const add = accumulate || pc > 0 ? 1 : 0;
        kernel.block(Math.ceil(mc / mr), ldc / nr, kc, aAt * 8, bAt * 8, (cAt + ic * ldc) * 8, ldc, add);
      }
    }
    copyBlock(mem, cAt, ldc, C, cOff + jc, n, m, nc);
  }
}

/**
 * C = A·Bᵀ (+ C) by dot products of rows that lie in memory as they are: the rows of A and of the stored Bᵀ
 * are copied in with an even row length `ld` (a zero after each when k is odd); the rows that pad m to a
 * multiple of 2 and n to a multiple of 4 hold leftovers and only produce values that are not copied out.
 */
function gemmDotsT(
  kernel: WasmKernel,
  m: number,
  n: number,
  k: number,
  a: Operand,
  b: Operand,
  C: Float64Array,
  cOff: number,
  accumulate: boolean,
): void {
  const ld = k + (k & 1);
  const pairs = (m + 1) >> 1;
  const groups = (n + 3) >> 2;
  const ldc = groups * 4;
  const aAt = 0;
  const bAt = aAt + pairs * 2 * ld;
  const cAt = bAt + ldc * ld;
  const mem = kernel.view(cAt + pairs * 2 * ldc);
  copyRows(a.data, a.offset, a.rowStride, mem, aAt, ld, m, k);
  copyRows(b.data, b.offset, b.colStride, mem, bAt, ld, n, k);
  if (accumulate) copyBlock(C, cOff, n, mem, cAt, ldc, m, n);
  kernel.dotsT(pairs, groups, ld, aAt * 8, bAt * 8, cAt * 8, ldc, accumulate ? 1 : 0);
  copyBlock(mem, cAt, ldc, C, cOff, n, m, n);
}

/** Copies `rows` rows of `cols` values to row length `toLd`, zeroing the one value of padding if any. */
function copyRows(
  from: Float64Array,
  fromAt: number,
  fromLd: number,
  to: Float64Array,
  toAt: number,
  toLd: number,
  rows: number,
  cols: number,
): void {
  if (cols === fromLd && cols === toLd) {
    to.set(from.subarray(fromAt, fromAt + rows * cols), toAt);
    return;
  }
  for (let i = 0; i < rows; i++, fromAt += fromLd, toAt += toLd) {
    to.set(from.subarray(fromAt, fromAt + cols), toAt);
    if (toLd > cols) to[toAt + cols] = 0;
  }
}

/** Copies `rows` rows of `cols` values between two row-major arrays with row lengths `fromLd` and `toLd`. */
function copyBlock(
  from: Float64Array,
  fromAt: number,
  fromLd: number,
  to: Float64Array,
  toAt: number,
  toLd: number,
  rows: number,
  cols: number,
): void {
  if (cols === fromLd && cols === toLd) {
    to.set(from.subarray(fromAt, fromAt + rows * cols), toAt);
  } else if (cols >= 32) {
    for (let i = 0; i < rows; i++, fromAt += fromLd, toAt += toLd)
      to.set(from.subarray(fromAt, fromAt + cols), toAt);
  } else {
    // Short rows: a loop beats making a subarray per row.
    for (let i = 0; i < rows; i++, fromAt += fromLd, toAt += toLd) {
      for (let j = 0; j < cols; j++) to[toAt + j] = from[fromAt + j];
    }
  }
}
