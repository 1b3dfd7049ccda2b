/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** One example (x, y) and the two weights of the network x → σ(θ1·x) → σ(θ2·a1). */
export interface Params {
  x: number;
  y: number;
  theta1: number;
  theta2: number;
}

/** The forward pass, in the order it is computed. */
export interface Forward {
  z1: number;
  a1: number;
  z2: number;
  a2: number;
  /** ½(y − a2)². */
  J: number;
}

/** The six local derivatives that the chain rule multiplies. */
export interface LocalDerivatives {
  dJ_da2: number;
  da2_dz2: number;
  dz2_dtheta2: number;
  dz2_da1: number;
  da1_dz1: number;
  dz1_dtheta1: number;
}

export interface Gradients {
  dJ_dtheta2: number;
  dJ_dtheta1: number;
}

export interface Thetas {
  theta1: number;
  theta2: number;
}

/** One training step, in the order it happens. */
export interface TrainStep {
  /** The cost before the step. */
  J: number;
  dJ_dtheta2: number;
  dJ_dtheta1: number;
  /** The new weights. */
  theta1: number;
  theta2: number;
  /** ŷ = a2 with the new weights. */
  yHat: number;
  /** J with the new weights. */
  newJ: number;
}

/** z1 = θ1·x, a1 = σ(z1), z2 = θ2·a1, a2 = σ(z2), J = ½(y − a2)². */
export function forward(params: Params): Forward {
  throw new NotImplementedError('forward');
}

/** The local derivative of each link of the chain, at the point of the forward pass. */
export function localDerivatives(params: Params): LocalDerivatives {
  throw new NotImplementedError('localDerivatives');
}

/** dJ/dθ2 and dJ/dθ1 by the chain rule. */
export function gradients(params: Params): Gradients {
  throw new NotImplementedError('gradients');
}

/** One step of gradient descent: θ ← θ − η·dJ/dθ, for both weights. */
export function sgdStep(params: Params, learningRate: number): Thetas {
  throw new NotImplementedError('sgdStep');
}

/** The cost, the gradients, the new weights, and the prediction and cost with the new weights. */
export function trainStep(params: Params, learningRate: number): TrainStep {
  throw new NotImplementedError('trainStep');
}
