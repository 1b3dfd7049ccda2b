// Arithmetic ops: each forward next to its backward (d/dx of the forward, times the upstream grad).
import type { ScalarOpSpec } from '../value.js';

export const add: ScalarOpSpec = {
  name: 'add',
  forward: (a, b) => a + b,
  backward: (grad) => [grad, grad],
  kernel: (out, a, b) => {
    const grad = out.pendingGrad();
    a.addPendingGrad(grad);
    b.addPendingGrad(grad);
  },
  expression: (a, b) => `(${a}) + (${b})`,
};

export const sub: ScalarOpSpec = {
  name: 'sub',
  forward: (a, b) => a - b,
  backward: (grad) => [grad, -grad],
  kernel: (out, a, b) => {
    const grad = out.pendingGrad();
    a.addPendingGrad(grad);
    b.addPendingGrad(-grad);
  },
  expression: (a, b) => `(${a}) - (${b})`,
};

export const mul: ScalarOpSpec = {
  name: 'mul',
  forward: (a, b) => a * b,
  backward: (grad, _out, a, b) => [grad * b, grad * a],
  kernel: (out, a, b) => {
    const grad = out.pendingGrad();
    a.addPendingGrad(grad * b.data);
    b.addPendingGrad(grad * a.data);
  },
  expression: (a, b) => `(${a}) * (${b})`,
};

export const div: ScalarOpSpec = {
  name: 'div',
  forward: (a, b) => a / b,
  backward: (grad, _out, a, b) => [grad / b, (-grad * a) / (b * b)],
  kernel: (out, a, b) => {
    const grad = out.pendingGrad();
    a.addPendingGrad(grad / b.data);
    b.addPendingGrad((-grad * a.data) / (b.data * b.data));
  },
  expression: (a, b) => `(${a}) / (${b})`,
};

export const neg: ScalarOpSpec = {
  name: 'neg',
  forward: (a) => -a,
  backward: (grad) => [-grad],
  kernel: (out, a) => a.addPendingGrad(-out.pendingGrad()),
  expression: (a) => `-(${a})`,
};

/** a^b with both a and b differentiable. */
export const pow: ScalarOpSpec = {
  name: 'pow',
  forward: (a, b) => a ** b,
  backward: (grad, out, a, b) => [
    // b·a^(b−1) is 0·∞ at a = 0, b = 0; the limit along b is 0 (PyTorch agrees).
    b === 0 ? 0 : grad * b * a ** (b - 1),
    // a^b·ln a is 0·(−∞) at a = 0; a^b vanishes faster, so the gradient is 0.
    out === 0 ? 0 : grad * out * Math.log(a),
  ],
  expression: (a, b) => `(${a}) ^ (${b})`,
};

/** a^n for a fixed number n: no gradient is computed for the exponent (so a < 0 is fine). */
export function powBy(n: number): ScalarOpSpec {
  return {
    name: 'pow',
    forward: (a) => a ** n,
    backward: (grad, _out, a) => [n === 0 ? 0 : grad * n * a ** (n - 1)],
    expression: (a) => `(${a}) ^ (${numberLiteral(n)})`,
  };
}

/** A number as mathjs reads it back exactly (full precision, sign kept apart from the operator before it). */
export function numberLiteral(x: number): string {
  return x < 0 || Object.is(x, -0) ? `(${x})` : String(x);
}
