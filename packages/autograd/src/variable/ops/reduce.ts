import * as T from '@bp/tensor';
import { defineOp } from '../define-op.js';
import type { Variable, VariableLike } from '../variable.js';

export type ReduceOptions = T.ReduceOptions;
interface ReduceParams {
  axis: number | undefined;
  keepdims: boolean;
}

/** The output gradient, re-expanded to the input's shape (the reduced axis put back, then broadcast). */
function spread(g: T.Tensor, input: T.Tensor, axis: number | undefined): T.Tensor {
  const kept = input.shape.map((d, i) =>
    axis === undefined || i === T.normalizeAxis('sum', axis, input.shape) ? 1 : d,
  );
  return T.broadcastTo(T.reshape(g, kept), input.shape);
}

const Sum = defineOp<ReduceParams>({
  name: 'sum',
  forward: ([a], { axis, keepdims }) => T.sum(a, axis, { keepdims }),
  backward: (g, { inputs: [a], params: { axis } }) => [spread(g, a, axis)],
});

const Mean = defineOp<ReduceParams>({
  name: 'mean',
  forward: ([a], { axis, keepdims }) => T.mean(a, axis, { keepdims }),
  backward: (g, { inputs: [a], params: { axis } }) => {
    const n = axis === undefined ? a.size : a.shape[T.normalizeAxis('mean', axis, a.shape)];
    return [T.div(spread(g, a, axis), n)];
  },
});

const Max = defineOp<ReduceParams>({
  name: 'max',
  forward: ([a], { axis, keepdims }) => T.max(a, axis, { keepdims }),
  // The gradient goes to the maximal entries, shared equally among ties.
  backward: (g, { inputs: [a], output, params: { axis } }) => {
    const isMax = T.eq(a, spread(output, a, axis));
    const ties = spread(T.sum(isMax, axis), a, axis);
    return [T.div(T.mul(spread(g, a, axis), isMax), ties)];
  },
});

export const sum = (a: VariableLike, axis?: number, options?: ReduceOptions): Variable =>
  Sum.apply([a], { axis, keepdims: options?.keepdims ?? false });
export const mean = (a: VariableLike, axis?: number, options?: ReduceOptions): Variable =>
  Mean.apply([a], { axis, keepdims: options?.keepdims ?? false });
export const max = (a: VariableLike, axis?: number, options?: ReduceOptions): Variable =>
  Max.apply([a], { axis, keepdims: options?.keepdims ?? false });
