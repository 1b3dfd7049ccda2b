import { Rng, type RandomOptions } from '@bp/tensor';
import { checkSizes } from '../util.js';
import type { Variable } from '@bp/autograd';
import { Module } from '../module.js';
import type { InitScheme } from '../init.js';
import { resolveActivation, type Activation, type ActivationLike } from '../activations/definitions.js';
import { linearActivation } from '../ops/linear.js';
import { Linear } from './linear.js';

export interface MLPOptions extends RandomOptions {
  /** The activation of the hidden layers. Default 'sigmoid'. */
  activation?: ActivationLike;
  /** The activation of the last layer. Default: the same as `activation` (sigmoid everywhere, as Nielsen's network). */
  outputActivation?: ActivationLike;
  /** Biases in every layer. Default true. */
  bias?: boolean;
  /** Default 'default' (PyTorch's); 'nielsen' draws every weight and bias from N(0, 1). */
  init?: InitScheme;
}

/**
 * A fully connected network, e.g. `new MLP([784, 30, 10])`: `sizes.length − 1` Linear layers
 * (parameters `layers.0.weight`, `layers.0.bias`, …), each followed by its activation, each layer run
 * as one fused op. All layers draw from one generator, in order, so a seed fixes the whole network.
 */
export class MLP extends Module {
  readonly sizes: readonly number[];
  readonly layers: readonly Linear[];
  readonly activations: readonly Activation[];

  constructor(sizes: readonly number[], options: MLPOptions = {}) {
    super();
    this.sizes = Object.freeze(checkSizes('MLP', sizes));
    const rng = options.rng ?? new Rng(options.seed ?? 0);
    const hidden = resolveActivation(options.activation ?? 'sigmoid');
    const last =
      options.outputActivation === undefined ? hidden : resolveActivation(options.outputActivation);
    const layers: Linear[] = [];
    for (let l = 1; l < this.sizes.length; l++) {
      layers.push(
        new Linear(this.sizes[l - 1], this.sizes[l], {
          bias: options.bias ?? true,
          init: options.init ?? 'default',
          rng,
        }),
      );
    }
    this.layers = Object.freeze(layers);
    this.activations = Object.freeze(layers.map((_, i) => (i === layers.length - 1 ? last : hidden)));
  }

  forward(x: Variable): Variable {
    let a = x;
    this.layers.forEach((layer, i) => {
      a = linearActivation(a, layer.weight, layer.bias, this.activations[i]);
    });
    return a;
  }
}
