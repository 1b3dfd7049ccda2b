import { Tensor, type NestedArray } from './tensor.js';
import { zipWith } from './elementwise.js';
import { ArgumentError, ShapeError, formatShape } from './errors.js';
import { normalizeAxis, sameShape, sizeOf, stridesOf } from './shape.js';

/** Same numbers, new shape; one dimension may be -1 and is inferred. Shares no memory with the input. */
export function reshape(a: Tensor, shape: readonly number[]): Tensor {
  const dims = [...shape];
  const unknown = dims.indexOf(-1);
  if (unknown !== dims.lastIndexOf(-1))
    throw new ShapeError('reshape', 'only one dimension can be -1', [a.shape, dims]);
  if (unknown >= 0) {
    const known = sizeOf(dims.filter((_, i) => i !== unknown));
    if (known === 0 || a.size % known !== 0) {
      throw new ShapeError('reshape', `cannot infer the -1 dimension for ${a.size} elements`, [
        a.shape,
        shape,
      ]);
    }
    dims[unknown] = a.size / known;
  }
  for (const d of dims) {
    if (!Number.isInteger(d) || d < 0)
      throw new ArgumentError('reshape', 'shape', `has an invalid dimension ${d} in ${formatShape(shape)}`);
  }
  if (sizeOf(dims) !== a.size) {
    throw new ShapeError('reshape', `cannot reshape ${a.size} elements into ${sizeOf(dims)}`, [
      a.shape,
      shape,
    ]);
  }
  return new Tensor(a.data.slice(), dims);
}

/** Permutes the axes (default: reverses them, so a matrix is transposed). Always returns a contiguous copy. */
export function transpose(a: Tensor, ...axes: number[]): Tensor {
  const nd = a.ndim;
  const perm =
    axes.length === 0
      ? [...Array(nd).keys()].reverse()
      : axes.map((ax) => normalizeAxis('transpose', ax, a.shape));
  if (perm.length !== nd || new Set(perm).size !== nd) {
    throw new ArgumentError(
      'transpose',
      'axes',
      `[${axes.join(', ')}] is not a permutation of the ${nd} axes of ${formatShape(a.shape)}`,
    );
  }
  if (nd === 2 && perm[0] === 1) return transpose2d(a);
  const shape = perm.map((p) => a.shape[p]);
  const srcStrides = perm.map((p) => a.strides[p]);
  const out = new Float64Array(a.size);
  const counter = new Array<number>(nd).fill(0);
  let src = 0;
  for (let o = 0; o < out.length; o++) {
    out[o] = a.data[src];
    for (let d = nd - 1; d >= 0; d--) {
      counter[d]++;
      src += srcStrides[d];
      if (counter[d] < shape[d]) break;
      src -= srcStrides[d] * shape[d];
      counter[d] = 0;
    }
  }
  return new Tensor(out, shape);
}

/** Blocked so both the reads and the writes stay in cache. */
function transpose2d(a: Tensor): Tensor {
  const [rows, cols] = a.shape;
  const x = a.data;
  const out = new Float64Array(a.size);
  const B = 32;
  for (let i0 = 0; i0 < rows; i0 += B) {
    const iEnd = Math.min(i0 + B, rows);
    for (let j0 = 0; j0 < cols; j0 += B) {
      const jEnd = Math.min(j0 + B, cols);
      for (let i = i0; i < iEnd; i++) {
        for (let j = j0; j < jEnd; j++) out[j * rows + i] = x[i * cols + j];
      }
    }
  }
  return new Tensor(out, [cols, rows]);
}

/** Repeats `a` along its size-1 (or missing leading) dimensions to fill `shape`. */
export function broadcastTo(a: Tensor, shape: readonly number[]): Tensor {
  if (sameShape(a.shape, shape)) return a;
  const offset = shape.length - a.ndim;
  if (offset < 0 || a.shape.some((d, i) => d !== 1 && d !== shape[i + offset])) {
    throw new ShapeError('broadcastTo', 'cannot broadcast', [a.shape, shape]);
  }
  // The elementwise kernel already walks a broadcast operand; copy its values onto a target of that shape.
  return zipWith('broadcastTo', new Tensor(new Float64Array(sizeOf(shape)), shape), a, (_, y) => y);
}

/**
 * Sums `a` down to `shape`, the inverse of broadcasting: the gradient of a broadcast operand
 * is the output gradient summed over the dimensions that were stretched.
 */
export function sumTo(a: Tensor, shape: readonly number[]): Tensor {
  if (sameShape(a.shape, shape)) return a;
  const offset = a.ndim - shape.length;
  if (offset < 0 || shape.some((d, i) => d !== 1 && d !== a.shape[i + offset])) {
    throw new ShapeError('sumTo', 'cannot sum back to a shape it was not broadcast from', [a.shape, shape]);
  }
  const out = new Float64Array(sizeOf(shape));
  const own = stridesOf(shape);
  const nd = a.ndim;
  const st = a.shape.map((_, i) => (i < offset || shape[i - offset] === 1 ? 0 : own[i - offset]));
  const counter = new Array<number>(nd).fill(0);
  let dst = 0;
  for (let o = 0; o < a.size; o++) {
    out[dst] += a.data[o];
    for (let d = nd - 1; d >= 0; d--) {
      counter[d]++;
      dst += st[d];
      if (counter[d] < a.shape[d]) break;
      dst -= st[d] * a.shape[d];
      counter[d] = 0;
    }
  }
  return new Tensor(out, shape);
}

/** Selects entries along axis 0 (rows of a matrix, examples of a batch) in the given order. */
export function take(a: Tensor, indices: ArrayLike<number>): Tensor {
  if (a.ndim === 0) throw new ShapeError('take', 'needs at least one dimension', [a.shape]);
  const rows = a.shape[0];
  const width = rows === 0 ? 0 : a.size / rows;
  const out = new Float64Array(indices.length * width);
  for (let k = 0; k < indices.length; k++) {
    const r = indices[k];
    if (!Number.isInteger(r) || r < 0 || r >= rows) {
      throw new ArgumentError(
        'take',
        'indices',
        `contains ${r}, outside 0..${rows - 1} for shape ${formatShape(a.shape)}`,
      );
    }
    out.set(a.data.subarray(r * width, (r + 1) * width), k * width);
  }
  return new Tensor(out, [indices.length, ...a.shape.slice(1)]);
}

/** Joins tensors along an existing axis. */
export function concat(tensors: readonly Tensor[], axis = 0): Tensor {
  if (tensors.length === 0) throw new ArgumentError('concat', 'tensors', 'must not be empty');
  const first = tensors[0];
  const ax = normalizeAxis('concat', axis, first.shape);
  for (const t of tensors) {
    if (t.ndim !== first.ndim || t.shape.some((d, i) => i !== ax && d !== first.shape[i])) {
      throw new ShapeError(
        'concat',
        `shapes differ outside axis ${ax}`,
        tensors.map((u) => u.shape),
      );
    }
  }
  const outer = sizeOf(first.shape.slice(0, ax));
  const innerOf = (t: Tensor): number => sizeOf(t.shape.slice(ax));
  const total = tensors.reduce((s, t) => s + t.shape[ax], 0);
  const shape = first.shape.map((d, i) => (i === ax ? total : d));
  const out = new Float64Array(sizeOf(shape));
  let o = 0;
  for (let r = 0; r < outer; r++) {
    for (const t of tensors) {
      const w = innerOf(t);
      out.set(t.data.subarray(r * w, (r + 1) * w), o);
      o += w;
    }
  }
  return new Tensor(out, shape);
}

export function toNested(a: Tensor): NestedArray {
  if (a.ndim === 0) return a.data[0];
  const build = (dim: number, offset: number): NestedArray[] => {
    const n = a.shape[dim];
    const step = a.strides[dim];
    const out: NestedArray[] = new Array<NestedArray>(n);
    for (let i = 0; i < n; i++) {
      out[i] = dim === a.ndim - 1 ? a.data[offset + i] : build(dim + 1, offset + i * step);
    }
    return out;
  };
  return build(0, 0);
}
