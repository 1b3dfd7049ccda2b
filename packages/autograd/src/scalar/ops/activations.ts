// Activation functions. sigmoid and softplus are written so that no intermediate overflows:
// exp is only ever taken of a non-positive number.
import type { ScalarOpSpec } from '../value.js';

export function stableSigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** log(1 + e^x) = log1p(e^−|x|) + max(x, 0). */
export function stableSoftplus(x: number): number {
  return Math.log1p(Math.exp(-Math.abs(x))) + Math.max(x, 0);
}

export const tanh: ScalarOpSpec = {
  name: 'tanh',
  forward: (a) => Math.tanh(a),
  backward: (grad, out) => [grad * (1 - out * out)],
  kernel: (out, a) => a.addPendingGrad(out.pendingGrad() * (1 - out.data * out.data)),
  expression: (a) => `tanh(${a})`,
};

export const sigmoid: ScalarOpSpec = {
  name: 'sigmoid',
  forward: stableSigmoid,
  backward: (grad, out) => [grad * out * (1 - out)],
  kernel: (out, a) => a.addPendingGrad(out.pendingGrad() * out.data * (1 - out.data)),
  expression: (a) => `1 / (1 + exp(-(${a})))`,
};

/** relu′(0) is taken as 0, as PyTorch does. */
export const relu: ScalarOpSpec = {
  name: 'relu',
  forward: (a) => (a > 0 ? a : 0),
  backward: (grad, _out, a) => [a > 0 ? grad : 0],
  kernel: (out, a) => a.addPendingGrad(a.data > 0 ? out.pendingGrad() : 0),
  // mathjs cannot differentiate max(x, 0); (x + |x|)/2 is the same function with derivative (1 + |x|/x)/2.
  expression: (a) => `((${a}) + abs(${a})) / 2`,
};

/** softplus′ is the sigmoid. */
export const softplus: ScalarOpSpec = {
  name: 'softplus',
  forward: stableSoftplus,
  backward: (grad, _out, a) => [grad * stableSigmoid(a)],
  kernel: (out, a) => a.addPendingGrad(out.pendingGrad() * stableSigmoid(a.data)),
  expression: (a) => `log(1 + exp(${a}))`,
};
