// Arithmetic ops: forward and backward side by side. Gradients may come back in the broadcast
// shape; defineOp sums them back to each input's shape.
import * as T from '@bp/tensor';
import { defineOp } from '../define-op.js';
import type { Variable, VariableLike } from '../variable.js';

const Add = defineOp({
  name: 'add',
  forward: ([a, b]) => T.add(a, b),
  backward: (g) => [g, g],
});

const Sub = defineOp({
  name: 'sub',
  forward: ([a, b]) => T.sub(a, b),
  backward: (g) => [g, T.neg(g)],
});

const Mul = defineOp({
  name: 'mul',
  forward: ([a, b]) => T.mul(a, b),
  backward: (g, { inputs: [a, b] }) => [T.mul(g, b), T.mul(g, a)],
});

const Div = defineOp({
  name: 'div',
  forward: ([a, b]) => T.div(a, b),
  // d(a/b)/da = 1/b, d(a/b)/db = −a/b²
  backward: (g, { inputs: [a, b] }) => [T.div(g, b), T.neg(T.div(T.mul(g, a), T.mul(b, b)))],
});

const Neg = defineOp({
  name: 'neg',
  forward: ([a]) => T.neg(a),
  backward: (g) => [T.neg(g)],
});

const Pow = defineOp<{ exponent: number }>({
  name: 'pow',
  forward: ([a], { exponent }) => T.pow(a, exponent),
  // d(aᵖ)/da = p·aᵖ⁻¹
  backward: (g, { inputs: [a], params: { exponent: p } }) => [T.mul(g, T.mul(T.pow(a, p - 1), p))],
});

export const add = (a: VariableLike, b: VariableLike): Variable => Add.apply([a, b], undefined);
export const sub = (a: VariableLike, b: VariableLike): Variable => Sub.apply([a, b], undefined);
export const mul = (a: VariableLike, b: VariableLike): Variable => Mul.apply([a, b], undefined);
export const div = (a: VariableLike, b: VariableLike): Variable => Div.apply([a, b], undefined);
export const neg = (a: VariableLike): Variable => Neg.apply([a], undefined);
/** Raises to a constant power. */
export const pow = (a: VariableLike, exponent: number): Variable => Pow.apply([a], { exponent });
