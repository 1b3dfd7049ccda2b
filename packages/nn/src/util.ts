import {
  ArgumentError,
  ShapeError,
  Tensor,
  formatShape,
  sameShape,
  tensor,
  type NestedArray,
} from '@bp/tensor';
import { Variable } from '@bp/autograd';

/** Targets, inputs and weights may be given as a Variable, a Tensor or nested arrays. */
export type TensorInput = Variable | Tensor | NestedArray;

export function toTensor(x: TensorInput): Tensor {
  if (x instanceof Variable) return x.data;
  if (x instanceof Tensor) return x;
  return tensor(x);
}

export function toVariable(x: TensorInput): Variable {
  if (x instanceof Variable) return x;
  return new Variable(toTensor(x));
}

/** Losses compare like with like: a [N] target against a [N, 1] prediction would silently broadcast to [N, N]. */
export function requireSameShape(op: string, prediction: readonly number[], target: readonly number[]): void {
  if (!sameShape(prediction, target)) {
    throw new ShapeError(
      op,
      `prediction and target must have the same shape; reshape the target (e.g. [N] to [N, 1]) so each prediction meets its own target`,
      [prediction, target],
    );
  }
}

export function requireNonEmpty(op: string, t: Tensor): void {
  if (t.size === 0)
    throw new ArgumentError(
      op,
      'prediction',
      `is empty (shape ${formatShape(t.shape)}): a loss needs at least one example`,
    );
}

/** Rows of a matrix (examples), or 1 for a 0-d tensor. */
export function rowsOf(t: Tensor): number {
  return t.ndim === 0 ? 1 : t.shape[0];
}

/** Layer sizes such as [784, 30, 10]: at least an input and an output, each a positive integer. */
export function checkSizes(op: string, sizes: readonly number[]): number[] {
  const list: unknown = sizes;
  if (!Array.isArray(list) || list.length < 2) {
    throw new ArgumentError(
      op,
      'sizes',
      `needs at least an input and an output size, e.g. [2, 3, 1], got ${JSON.stringify(list)}`,
    );
  }
  for (const d of list) {
    if (!Number.isInteger(d) || (d as number) < 1)
      throw new ArgumentError(op, 'sizes', `must hold positive integers, got ${JSON.stringify(list)}`);
  }
  return [...(list as number[])];
}
