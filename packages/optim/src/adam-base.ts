import { ArgumentError } from '@bp/tensor';
import type { Variable } from '@bp/autograd';
import { Optimizer, readBuffer, readCount, type ParamState } from './optimizer.js';
import { beta, nonNegative } from './validate.js';

export interface AdamOptions {
  /** Learning rate γ (default 1e-3). */
  lr?: number;
  /** Decay rates (β1, β2) of the first and second moment averages (default [0.9, 0.999]). */
  betas?: readonly [number, number];
  /** ε added to the denominator (default 1e-8). */
  eps?: number;
  /** Weight decay λ: an L2 term in the gradient for Adam (default 0), decoupled for AdamW (default 1e-2). */
  weightDecay?: number;
  /** Use the running maximum of the second moment (AMSGrad; default false). */
  amsgrad?: boolean;
  /** Ascend the objective instead of descending it (default false). */
  maximize?: boolean;
}

export type ResolvedAdamOptions = {
  lr: number;
  betas: readonly [number, number];
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
  maximize: boolean;
};

/**
 * Adam and AdamW share everything except where weight decay enters: Adam adds λθ to the gradient,
 * AdamW shrinks θ by γλθ before the update. Buffers m, v (and v_max) are allocated once, here.
 */
export abstract class AdamBase extends Optimizer {
  readonly options: ResolvedAdamOptions;
  private readonly decoupled: boolean;
  private readonly m: Float64Array[];
  private readonly v: Float64Array[];
  private readonly vMax: Float64Array[];
  /** Per-parameter step counts t (a parameter without a gradient does not advance, as in PyTorch). */
  private readonly steps: number[];

  protected constructor(
    name: string,
    params: Iterable<Variable>,
    options: AdamOptions,
    defaultWeightDecay: number,
    decoupled: boolean,
  ) {
    super(name, params, options.lr ?? 1e-3);
    const betas = options.betas ?? [0.9, 0.999];
    if (!Array.isArray(betas) || betas.length !== 2) {
      throw new ArgumentError(name, 'betas', `must be a pair [β1, β2], got ${JSON.stringify(betas)}`);
    }
    beta(name, 'betas[0]', betas[0]);
    beta(name, 'betas[1]', betas[1]);
    this.options = {
      lr: this.lr,
      betas: [betas[0], betas[1]],
      eps: nonNegative(name, 'eps', options.eps ?? 1e-8),
      weightDecay: nonNegative(name, 'weightDecay', options.weightDecay ?? defaultWeightDecay),
      amsgrad: options.amsgrad ?? false,
      maximize: options.maximize ?? false,
    };
    this.decoupled = decoupled;
    this.m = this.params.map((p) => new Float64Array(p.data.size));
    this.v = this.params.map((p) => new Float64Array(p.data.size));
    this.vMax = this.params.map((p) => new Float64Array(this.options.amsgrad ? p.data.size : 0));
    this.steps = this.params.map(() => 0);
  }

  step(): void {
    const { betas, eps, weightDecay: lambda, amsgrad, maximize } = this.options;
    const b1 = betas[0];
    const b2 = betas[1];
    const lr = this.lr;
    const sign = maximize ? -1 : 1;
    const l2 = this.decoupled ? 0 : lambda;
    const shrink = this.decoupled ? 1 - lr * lambda : 1;
    for (let i = 0; i < this.params.length; i++) {
      const p = this.params[i];
      if (p.grad === null) continue;
      const m = this.m[i];
      const v = this.v[i];
      const vMax = this.vMax[i];
      const n = this.checkedSize(i, m.length);
      const theta = p.data.data;
      const grad = p.grad.data;
      const t = ++this.steps[i];
      const bc1 = 1 - b1 ** t;
      const bc2 = 1 - b2 ** t;
      for (let j = 0; j < n; j++) {
        // AdamW decays θ before the moments see it; Adam puts λθ into the gradient instead.
        if (shrink !== 1) theta[j] *= shrink;
        let g = sign * grad[j];
        if (l2 !== 0) g += l2 * theta[j];
        m[j] = b1 * m[j] + (1 - b1) * g;
        v[j] = b2 * v[j] + (1 - b2) * g * g;
        let second = v[j];
        if (amsgrad) {
          // The running maximum is kept on the raw v and bias-corrected with this step's factor (PyTorch).
          if (v[j] > vMax[j]) vMax[j] = v[j];
          second = vMax[j];
        }
        const mHat = m[j] / bc1;
        const vHat = second / bc2;
        theta[j] -= (lr * mHat) / (Math.sqrt(vHat) + eps);
      }
    }
  }

  protected saveParamState(index: number): ParamState {
    if (this.steps[index] === 0) return {};
    const state: ParamState = {
      step: this.steps[index],
      expAvg: Array.from(this.m[index]),
      expAvgSq: Array.from(this.v[index]),
    };
    if (this.options.amsgrad) state.maxExpAvgSq = Array.from(this.vMax[index]);
    return state;
  }

  protected loadParamState(index: number, state: ParamState): void {
    if (state.step === undefined) {
      this.steps[index] = 0;
      this.m[index].fill(0);
      this.v[index].fill(0);
      this.vMax[index].fill(0);
      return;
    }
    this.steps[index] = readCount(this.name, state, 'step');
    readBuffer(this.name, state, 'expAvg', this.m[index]);
    readBuffer(this.name, state, 'expAvgSq', this.v[index]);
    if (this.options.amsgrad) readBuffer(this.name, state, 'maxExpAvgSq', this.vMax[index]);
  }
}
