import * as T from '@bp/tensor';
import { defineOp } from '../define-op.js';
import type { Variable, VariableLike } from '../variable.js';

const Exp = defineOp({
  name: 'exp',
  forward: ([a]) => T.exp(a),
  backward: (g, { output }) => [T.mul(g, output)], // (eᵃ)′ = eᵃ
});

const Log = defineOp({
  name: 'log',
  forward: ([a]) => T.log(a),
  backward: (g, { inputs: [a] }) => [T.div(g, a)],
});

const Sqrt = defineOp({
  name: 'sqrt',
  forward: ([a]) => T.sqrt(a),
  backward: (g, { output }) => [T.div(g, T.mul(output, 2))],
});

const Abs = defineOp({
  name: 'abs',
  forward: ([a]) => T.abs(a),
  backward: (g, { inputs: [a] }) => [T.mul(g, T.sign(a))], // 0 at 0, PyTorch's choice
});

export const exp = (a: VariableLike): Variable => Exp.apply([a], undefined);
export const log = (a: VariableLike): Variable => Log.apply([a], undefined);
export const sqrt = (a: VariableLike): Variable => Sqrt.apply([a], undefined);
export const abs = (a: VariableLike): Variable => Abs.apply([a], undefined);
