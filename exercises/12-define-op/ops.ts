// Stubs: replace each body with your implementation.
import { NotImplementedError } from '@bp/grader/stub';
import type { Op } from '@bp/autograd';
// What you will probably need (uncomment as you go):
// import { defineOp } from '@bp/autograd';
// import { add, map, matmul, mul, sigmoidScalar, sum, transpose, zipWith } from '@bp/tensor';

/** y = x², elementwise. Return defineOp({ name, forward, backward }). */
export function makeSquareOp(): Op<undefined> {
  throw new NotImplementedError('makeSquareOp');
}

/** y = x / (1 + |x|), elementwise (softsign). */
export function makeSoftsignOp(): Op<undefined> {
  throw new NotImplementedError('makeSoftsignOp');
}

/** y = a ⊙ b, two inputs, with broadcasting (a of shape [2, 3] times b of shape [3], for example). */
export function makeMulOp(): Op<undefined> {
  throw new NotImplementedError('makeMulOp');
}

/** y = x·σ(x), elementwise (swish, also called SiLU). */
export function makeSwishOp(): Op<undefined> {
  throw new NotImplementedError('makeSwishOp');
}

/** y = x·Wᵀ + b, three inputs: x (N×in, examples in rows), W (out×in), b (out); y is N×out. */
export function makeLinearOp(): Op<undefined> {
  throw new NotImplementedError('makeLinearOp');
}
