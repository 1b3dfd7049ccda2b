import * as T from '@bp/tensor';
import { defineOp } from '../define-op.js';
import type { Variable, VariableLike } from '../variable.js';

const Tanh = defineOp({
  name: 'tanh',
  forward: ([a]) => T.tanh(a),
  // tanh′ = 1 − tanh²
  backward: (g, { output }) => [T.zipWith('tanh.backward', g, output, (gi, t) => gi * (1 - t * t))],
});

const Sigmoid = defineOp({
  name: 'sigmoid',
  forward: ([a]) => T.sigmoid(a),
  // σ′ = σ(1 − σ), from the output alone
  backward: (g, { output }) => [T.zipWith('sigmoid.backward', g, output, (gi, s) => gi * s * (1 - s))],
});

const Relu = defineOp({
  name: 'relu',
  forward: ([a]) => T.relu(a),
  // 1 for z > 0, else 0 (0 at z = 0, as PyTorch)
  backward: (g, { inputs: [a] }) => [T.zipWith('relu.backward', g, a, (gi, z) => (z > 0 ? gi : 0))],
});

const Softplus = defineOp({
  name: 'softplus',
  forward: ([a]) => T.softplus(a),
  // softplus′ = σ
  backward: (g, { inputs: [a] }) => [
    T.zipWith('softplus.backward', g, a, (gi, z) => gi * T.sigmoidScalar(z)),
  ],
});

export const tanh = (a: VariableLike): Variable => Tanh.apply([a], undefined);
export const sigmoid = (a: VariableLike): Variable => Sigmoid.apply([a], undefined);
export const relu = (a: VariableLike): Variable => Relu.apply([a], undefined);
export const softplus = (a: VariableLike): Variable => Softplus.apply([a], undefined);
