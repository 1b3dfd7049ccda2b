import { ArgumentError, Rng, zeros, type RandomOptions } from '@bp/tensor';
import type { Variable } from '@bp/autograd';
import { Module } from '../module.js';
import { Parameter } from '../parameter.js';
import { initLinear, type InitScheme } from '../init.js';
import { linear } from '../ops/linear.js';

export interface LinearOptions extends RandomOptions {
  /** Add a learnable bias b. Default true. */
  bias?: boolean;
  /** How to draw the weight and bias. Default `'default'` (PyTorch's U(−1/√in, 1/√in)). */
  init?: InitScheme;
}

/**
 * y = x·Wᵀ + b with weight [out, in]: row j holds the weights into output unit j (θ(l)_jk multiplies
 * input k of unit j). Forward and backward run as one fused op.
 */
export class Linear extends Module {
  readonly weight: Parameter;
  readonly bias: Parameter | null;

  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    options: LinearOptions = {},
  ) {
    super();
    for (const [name, v] of [
      ['inFeatures', inFeatures],
      ['outFeatures', outFeatures],
    ] as const) {
      if (!Number.isInteger(v) || v < 1)
        throw new ArgumentError('Linear', name, `must be a positive integer, got ${v}`);
    }
    const rng = options.rng ?? new Rng(options.seed ?? 0);
    const w = zeros([outFeatures, inFeatures]);
    const b = (options.bias ?? true) ? zeros([outFeatures]) : null;
    initLinear(options.init ?? 'default', w, b, rng);
    this.weight = new Parameter(w, 'weight');
    this.bias = b === null ? null : new Parameter(b, 'bias');
  }

  forward(x: Variable): Variable {
    return linear(x, this.weight, this.bias);
  }
}
