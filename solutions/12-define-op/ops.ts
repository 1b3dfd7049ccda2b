// Reference solution of 12-define-op: new ops for @bp/autograd, each a forward and its backward side by side.
// Every backward multiplies the upstream gradient g = ∂L/∂output by the local derivative (the chain rule).
import { defineOp, type Op } from '@bp/autograd';
import { add, map, matmul, mul, sigmoidScalar, sum, transpose, zipWith } from '@bp/tensor';

/** y = x², elementwise; ∂L/∂x = g ⊙ 2x. */
export function makeSquareOp(): Op<undefined> {
  return defineOp({
    name: 'square',
    forward: ([x]) => map(x, (v) => v * v),
    backward: (g, { inputs: [x] }) => [zipWith('square.backward', g, x, (gi, v) => gi * 2 * v)],
  });
}

/** y = x / (1 + |x|); ∂L/∂x = g ⊙ 1 / (1 + |x|)². */
export function makeSoftsignOp(): Op<undefined> {
  return defineOp({
    name: 'softsign',
    forward: ([x]) => map(x, (v) => v / (1 + Math.abs(v))),
    backward: (g, { inputs: [x] }) => [
      zipWith('softsign.backward', g, x, (gi, v) => gi / (1 + Math.abs(v)) ** 2),
    ],
  });
}

/** y = a ⊙ b with broadcasting; ∂L/∂a = g ⊙ b, ∂L/∂b = g ⊙ a (defineOp sums them back to each input's shape). */
export function makeMulOp(): Op<undefined> {
  return defineOp({
    name: 'mul',
    forward: ([a, b]) => mul(a, b),
    backward: (g, { inputs: [a, b] }) => [mul(g, b), mul(g, a)],
  });
}

/** y = x·σ(x); ∂L/∂x = g ⊙ σ(x)·(1 + x·(1 − σ(x))). */
export function makeSwishOp(): Op<undefined> {
  return defineOp({
    name: 'swish',
    forward: ([x]) => map(x, (v) => v * sigmoidScalar(v)),
    backward: (g, { inputs: [x] }) => [
      zipWith('swish.backward', g, x, (gi, v) => {
        const s = sigmoidScalar(v);
        return gi * s * (1 + v * (1 - s));
      }),
    ],
  });
}

/**
 * y = x·Wᵀ + b for x (N×in, examples in rows), W (out×in), b (out): y is N×out.
 * ∂L/∂x = g·W (N×in), ∂L/∂W = gᵀ·x (out×in), ∂L/∂b = Σ over the rows of g (out).
 */
export function makeLinearOp(): Op<undefined> {
  return defineOp({
    name: 'linear',
    forward: ([x, w, b]) => add(matmul(x, transpose(w)), b),
    backward: (g, { inputs: [x, w] }) => [matmul(g, w), matmul(transpose(g), x), sum(g, 0)],
  });
}
