// @bp/nn: modules, layers, activations, losses and initialisers on top of @bp/autograd, plus two networks
// trained without autograd: ManualMLP (the δ recursion written out) and the Perceptron (its learning rule).
export { Parameter } from './parameter.js';
export { Module } from './module.js';
export type { StateDict, TensorState, LoadStateOptions } from './state-dict.js';
export { NonDifferentiableError, StateDictError } from './errors.js';
export type { TensorInput } from './util.js';

export { Linear, type LinearOptions } from './layers/linear.js';
export { Sequential } from './layers/sequential.js';
export { MLP, type MLPOptions } from './layers/mlp.js';
export { linear, linearActivation } from './ops/linear.js';

export {
  getActivation,
  resolveActivation,
  scaledLinear,
  activationNames,
  type Activation,
  type ActivationName,
  type ActivationLike,
} from './activations/definitions.js';
export { activate, sigmoid, tanh, relu, softplus, identity, step, sign } from './activations/functional.js';
export {
  ActivationModule,
  Sigmoid,
  Tanh,
  ReLU,
  Softplus,
  Identity,
  Step,
  Sign,
  ScaledLinear,
} from './activations/modules.js';

export * from './losses/index.js';

export * as init from './init.js';
export type { InitScheme } from './init.js';

export {
  ManualMLP,
  type ManualMLPOptions,
  type ManualWeightsOptions,
  type ManualForward,
  type ManualBackward,
} from './manual/manual-mlp.js';
export {
  Perceptron,
  type PerceptronOptions,
  type PerceptronFitOptions,
  type PerceptronFitResult,
} from './perceptron/perceptron.js';
export { isLinearlySeparable, linearSeparation, type SeparationResult } from './perceptron/separability.js';
