import * as T from '@bp/tensor';
import { defineOp } from '../define-op.js';
import type { Variable, VariableLike } from '../variable.js';

/** Swaps the last two axes (the matrix transpose of every matrix in a batch). */
function swapLast(t: T.Tensor): T.Tensor {
  if (t.ndim === 2) return T.transpose(t);
  const axes = [...t.shape.keys()];
  [axes[t.ndim - 2], axes[t.ndim - 1]] = [axes[t.ndim - 1], axes[t.ndim - 2]];
  return T.transpose(t, ...axes);
}

function withUnitAxis(shape: readonly number[], at: number): number[] {
  return [...shape.slice(0, at), 1, ...shape.slice(at)];
}

const Matmul = defineOp({
  name: 'matmul',
  forward: ([a, b]) => T.matmul(a, b),
  // C = A·B: ∂L/∂A = G·Bᵀ, ∂L/∂B = Aᵀ·G. 1-d operands are promoted as in the forward,
  // and batch dimensions that were broadcast are summed back.
  backward: (g, { inputs: [a, b] }) => {
    if (a.ndim === 2 && b.ndim === 2) {
      return [T.matmulTransposed(g, b, { transB: true }), T.matmulTransposed(a, g, { transA: true })];
    }
    const a2 = a.ndim === 1 ? T.reshape(a, [1, a.shape[0]]) : a;
    const b2 = b.ndim === 1 ? T.reshape(b, [b.shape[0], 1]) : b;
    // Put back the axes that a 1-d operand lost in the forward.
    let g2 = g;
    if (a.ndim === 1) g2 = T.reshape(g2, withUnitAxis(g2.shape, b.ndim === 1 ? g2.ndim : g2.ndim - 1));
    if (b.ndim === 1) g2 = T.reshape(g2, withUnitAxis(g2.shape, g2.ndim));
    const ga = T.sumTo(T.matmul(g2, swapLast(b2)), a2.shape);
    const gb = T.sumTo(T.matmul(swapLast(a2), g2), b2.shape);
    return [T.reshape(ga, a.shape), T.reshape(gb, b.shape)];
  },
});

const Transpose = defineOp<{ axes: number[] }>({
  name: 'transpose',
  forward: ([a], { axes }) => T.transpose(a, ...axes),
  backward: (g, { inputs: [a], params: { axes } }) => {
    if (axes.length === 0) return [T.transpose(g)];
    const inverse = new Array<number>(a.ndim);
    axes.forEach((ax, i) => (inverse[(ax + a.ndim) % a.ndim] = i));
    return [T.transpose(g, ...inverse)];
  },
});

const Reshape = defineOp<{ shape: readonly number[] }>({
  name: 'reshape',
  forward: ([a], { shape }) => T.reshape(a, shape),
  backward: (g, { inputs: [a] }) => [T.reshape(g, a.shape)],
});

export const matmul = (a: VariableLike, b: VariableLike): Variable => Matmul.apply([a, b], undefined);
export const transpose = (a: VariableLike, ...axes: number[]): Variable => Transpose.apply([a], { axes });
export const reshape = (a: VariableLike, shape: readonly number[]): Variable => Reshape.apply([a], { shape });
