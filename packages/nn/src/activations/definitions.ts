import { ArgumentError, sigmoidScalar, softplusScalar } from '@bp/tensor';
import { NonDifferentiableError } from '../errors.js';

export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'softplus' | 'identity' | 'step' | 'sign';

/**
 * An elementwise activation φ with its derivative. The derivative is given through the output
 * a = φ(z) where that is possible (σ′ = a(1 − a), tanh′ = 1 − a²), which is what backprop keeps
 * from the forward pass, and through the input z otherwise.
 */
export interface Activation {
  readonly name: string;
  /** φ(z). */
  readonly fn: (z: number) => number;
  /** φ′(z) from the pre-activation z. Throws `NonDifferentiableError` for step and sign. */
  readonly derivative: (z: number) => number;
  /** φ′ written with the output a = φ(z) alone, or null when a does not determine it. */
  readonly derivativeFromOutput: ((a: number) => number) | null;
  /** False for step and sign: gradient descent gets no signal through them. */
  readonly differentiable: boolean;
}

const nonDifferentiable = (name: string) => (): number => {
  throw new NonDifferentiableError(name);
};

const table: Record<ActivationName, Activation> = {
  sigmoid: {
    name: 'sigmoid',
    fn: sigmoidScalar,
    derivative: (z) => {
      const s = sigmoidScalar(z);
      return s * (1 - s);
    },
    derivativeFromOutput: (a) => a * (1 - a),
    differentiable: true,
  },
  tanh: {
    name: 'tanh',
    fn: Math.tanh,
    derivative: (z) => 1 - Math.tanh(z) ** 2,
    derivativeFromOutput: (a) => 1 - a * a,
    differentiable: true,
  },
  relu: {
    name: 'relu',
    fn: (z) => (z > 0 ? z : 0),
    // 0 at z = 0, as PyTorch
    derivative: (z) => (z > 0 ? 1 : 0),
    derivativeFromOutput: (a) => (a > 0 ? 1 : 0),
    differentiable: true,
  },
  softplus: {
    name: 'softplus',
    fn: softplusScalar,
    derivative: sigmoidScalar,
    // a = ln(1 + e^z) gives σ(z) = 1 − e^−a; expm1 keeps it accurate when a is tiny
    derivativeFromOutput: (a) => -Math.expm1(-a),
    differentiable: true,
  },
  identity: {
    name: 'identity',
    fn: (z) => z,
    derivative: () => 1,
    derivativeFromOutput: () => 1,
    differentiable: true,
  },
  step: {
    name: 'step',
    // Heaviside with H(0) = 1: a unit fires when its weighted input reaches the threshold
    fn: (z) => (z >= 0 ? 1 : 0),
    derivative: nonDifferentiable('step'),
    derivativeFromOutput: null,
    differentiable: false,
  },
  sign: {
    name: 'sign',
    // sign(0) = 0, as Math.sign and torch.sign: a point on the boundary is on neither side
    fn: (z) => (z > 0 ? 1 : z < 0 ? -1 : 0),
    derivative: nonDifferentiable('sign'),
    derivativeFromOutput: null,
    differentiable: false,
  },
};

export const activationNames: readonly ActivationName[] = Object.freeze(
  Object.keys(table) as ActivationName[],
);

/** The activation with this name, e.g. `getActivation('sigmoid').derivativeFromOutput(0.5)` is 0.25. */
export function getActivation(name: ActivationName): Activation {
  const found = Object.hasOwn(table, name) ? table[name] : undefined;
  if (found === undefined) {
    throw new ArgumentError(
      'getActivation',
      'name',
      `'${String(name)}' is not an activation; choose one of ${activationNames.join(', ')}`,
    );
  }
  return found;
}

/** An activation given by name or as an object (e.g. `scaledLinear(2)`). */
export type ActivationLike = ActivationName | Activation;

export function resolveActivation(a: ActivationLike): Activation {
  return typeof a === 'string' ? getActivation(a) : a;
}

/**
 * φ(x) = c·x. Stacking layers with it never leaves the affine maps:
 * W2·φ(W1 x + b1) + b2 = (c W2 W1) x + (c W2 b1 + b2), one affine map and so a linear decision boundary.
 */
export function scaledLinear(c: number): Activation {
  if (!Number.isFinite(c)) throw new ArgumentError('scaledLinear', 'c', `must be a finite number, got ${c}`);
  return {
    name: `scaledLinear(${c})`,
    fn: (z) => c * z,
    derivative: () => c,
    derivativeFromOutput: () => c,
    differentiable: true,
  };
}
