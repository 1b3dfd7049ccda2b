// Packing for the blocked matrix products: a block of op(A) into strips of `mr` rows and a block of op(B) into
// panels of `nr` columns, stored so that a micro-kernel reads both with unit stride, and zero-padded at the
// edges so that it only ever sees whole tiles. Shared by the TypeScript kernel and the WebAssembly driver.

/** A row-major matrix operand read as itself or as its transpose, at an offset in its array. */
export interface Operand {
  readonly data: Float64Array;
  readonly offset: number;
  /** Distance in `data` between op(X)(r, c) and op(X)(r + 1, c). */
  readonly rowStride: number;
  /** Distance in `data` between op(X)(r, c) and op(X)(r, c + 1). */
  readonly colStride: number;
}

/** op(X) for X stored row-major with `cols` columns: transposed, element (r, c) is X[c·cols + r]. */
export function operand(data: Float64Array, offset: number, cols: number, transposed: boolean): Operand {
  return transposed
    ? { data, offset, rowStride: 1, colStride: cols }
    : { data, offset, rowStride: cols, colStride: 1 };
}

/**
 * Packs rows [i0, i0 + rows) × columns [p0, p0 + depth) of op(A) into ⌈rows / mr⌉ strips at `out[at…]`:
 * strip s holds, for each p, the mr values op(A)(i0 + s·mr + r, p0 + p), zeros past the last row.
 */
export function packA(
  a: Operand,
  i0: number,
  rows: number,
  p0: number,
  depth: number,
  mr: number,
  out: Float64Array,
  at: number,
): void {
  const start = a.offset + i0 * a.rowStride + p0 * a.colStride;
  for (let s = 0; s < rows; s += mr, at += mr * depth) {
    interleave(
      a.data,
      start + s * a.rowStride,
      a.rowStride,
      a.colStride,
      Math.min(mr, rows - s),
      mr,
      depth,
      out,
      at,
    );
  }
}

/**
 * Packs rows [p0, p0 + depth) × columns [j0, j0 + cols) of op(B) into ⌈cols / nr⌉ panels at `out[at…]`:
 * panel t holds, for each p, the nr values op(B)(p0 + p, j0 + t·nr + c), zeros past the last column.
 */
export function packB(
  b: Operand,
  p0: number,
  depth: number,
  j0: number,
  cols: number,
  nr: number,
  out: Float64Array,
  at: number,
): void {
  const start = b.offset + p0 * b.rowStride + j0 * b.colStride;
  for (let t = 0; t < cols; t += nr, at += nr * depth) {
    interleave(
      b.data,
      start + t * b.colStride,
      b.colStride,
      b.rowStride,
      Math.min(nr, cols - t),
      nr,
      depth,
      out,
      at,
    );
  }
}

/**
 * Interleaves `count` ≤ `width` sequences of `depth` values, the c-th starting at data[start + c·gap] and
 * advancing by `step`, into out[at + p·width + c], padding the missing sequences with zeros. Four sequences
 * (the tile width of both kernels) get their own loop: four reads and four adjacent writes per step run
 * about twice as fast as the general loop.
 */
function interleave(
  data: Float64Array,
  start: number,
  gap: number,
  step: number,
  count: number,
  width: number,
  depth: number,
  out: Float64Array,
  at: number,
): void {
  if (count === 4 && width === 4) {
    const s1 = start + gap;
    const s2 = s1 + gap;
    const s3 = s2 + gap;
    for (let p = 0, src = 0, q = at; p < depth; p++, src += step, q += 4) {
      out[q] = data[start + src];
      out[q + 1] = data[s1 + src];
      out[q + 2] = data[s2 + src];
      out[q + 3] = data[s3 + src];
    }
    return;
  }
  for (let c = 0; c < width; c++) {
    if (c < count) {
      for (let p = 0, src = start + c * gap, q = at + c; p < depth; p++, src += step, q += width)
        out[q] = data[src];
    } else {
      for (let p = 0, q = at + c; p < depth; p++, q += width) out[q] = 0;
    }
  }
}
