import { map, zipWith } from '@bp/tensor';
import { defineOp, type Variable, type VariableLike } from '@bp/autograd';
import { resolveActivation, type Activation, type ActivationLike } from './definitions.js';

/** Any activation as one op: forward φ(z), backward g ⊙ φ′ (through the output when the activation allows). */
const Activate = defineOp<Activation>({
  name: 'activation',
  forward: ([z], act) => map(z, act.fn),
  backward: (g, { inputs: [z], output, params: act }) => {
    const fromOutput = act.derivativeFromOutput;
    if (fromOutput !== null)
      return [zipWith(`${act.name}.backward`, g, output, (gi, a) => gi * fromOutput(a))];
    return [zipWith(`${act.name}.backward`, g, z, (gi, zi) => gi * act.derivative(zi))];
  },
});

/** φ(x) elementwise for an activation given by name or object; step and sign throw on backward. */
export function activate(x: VariableLike, activation: ActivationLike): Variable {
  return Activate.apply([x], resolveActivation(activation));
}

export const sigmoid = (x: VariableLike): Variable => activate(x, 'sigmoid');
export const tanh = (x: VariableLike): Variable => activate(x, 'tanh');
export const relu = (x: VariableLike): Variable => activate(x, 'relu');
export const softplus = (x: VariableLike): Variable => activate(x, 'softplus');
export const identity = (x: VariableLike): Variable => activate(x, 'identity');
/** Heaviside step, 1 for x ≥ 0 and 0 below; backward throws `NonDifferentiableError`. */
export const step = (x: VariableLike): Variable => activate(x, 'step');
/** −1, 0, 1; backward throws `NonDifferentiableError`. */
export const sign = (x: VariableLike): Variable => activate(x, 'sign');
