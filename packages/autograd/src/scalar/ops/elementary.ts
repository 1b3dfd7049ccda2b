// exp and log: the ops whose derivative is (almost) themselves.
import type { ScalarOpSpec } from '../value.js';

export const exp: ScalarOpSpec = {
  name: 'exp',
  forward: (a) => Math.exp(a),
  backward: (grad, out) => [grad * out], // d/dx e^x = e^x, already computed as `out`
  kernel: (out, a) => a.addPendingGrad(out.pendingGrad() * out.data),
  expression: (a) => `exp(${a})`,
};

/** Natural logarithm; log(0) = −∞ and log(x < 0) = NaN, which anomaly mode reports. */
export const log: ScalarOpSpec = {
  name: 'log',
  forward: (a) => Math.log(a),
  backward: (grad, _out, a) => [grad / a],
  kernel: (out, a) => a.addPendingGrad(out.pendingGrad() / a.data),
  expression: (a) => `log(${a})`,
};
