import type { Variable } from '@bp/autograd';
import { Module } from '../module.js';
import {
  getActivation,
  scaledLinear,
  type Activation,
  type ActivationLike,
  resolveActivation,
} from './definitions.js';
import { activate } from './functional.js';

/** A parameter-free layer applying an activation elementwise. */
export class ActivationModule extends Module {
  readonly activation: Activation;

  constructor(activation: ActivationLike) {
    super();
    this.activation = resolveActivation(activation);
  }

  forward(x: Variable): Variable {
    return activate(x, this.activation);
  }
}

export class Sigmoid extends ActivationModule {
  constructor() {
    super(getActivation('sigmoid'));
  }
}
export class Tanh extends ActivationModule {
  constructor() {
    super(getActivation('tanh'));
  }
}
export class ReLU extends ActivationModule {
  constructor() {
    super(getActivation('relu'));
  }
}
export class Softplus extends ActivationModule {
  constructor() {
    super(getActivation('softplus'));
  }
}
export class Identity extends ActivationModule {
  constructor() {
    super(getActivation('identity'));
  }
}
/** Forward only: backward throws `NonDifferentiableError` (see there for why). */
export class Step extends ActivationModule {
  constructor() {
    super(getActivation('step'));
  }
}
/** Forward only: backward throws `NonDifferentiableError` (see there for why). */
export class Sign extends ActivationModule {
  constructor() {
    super(getActivation('sign'));
  }
}
/** φ(x) = c·x. */
export class ScaledLinear extends ActivationModule {
  constructor(readonly c: number) {
    super(scaledLinear(c));
  }
}
