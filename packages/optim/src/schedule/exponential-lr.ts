import type { Optimizer } from '../optimizer.js';
import { positive } from '../validate.js';
import { LRScheduler } from './lr-scheduler.js';

export interface ExponentialLROptions {
  /** Factor applied every epoch. */
  gamma: number;
}

/** lr(epoch) = γ₀ · gamma^epoch (PyTorch's `ExponentialLR`). */
export class ExponentialLR extends LRScheduler {
  readonly gamma: number;

  constructor(optimizer: Optimizer, options: ExponentialLROptions) {
    const gamma = positive('ExponentialLR', 'gamma', options.gamma);
    super(optimizer);
    this.gamma = gamma;
  }

  lrAt(epoch: number): number {
    return this.baseLr * this.gamma ** epoch;
  }
}
