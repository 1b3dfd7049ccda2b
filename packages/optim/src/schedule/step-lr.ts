import type { Optimizer } from '../optimizer.js';
import { positive, positiveInteger } from '../validate.js';
import { LRScheduler } from './lr-scheduler.js';

export interface StepLROptions {
  /** Epochs between decays. */
  stepSize: number;
  /** Factor applied every `stepSize` epochs (default 0.1, as PyTorch). */
  gamma?: number;
}

/** lr(epoch) = γ₀ · gamma^⌊epoch / stepSize⌋ (PyTorch's `StepLR`). */
export class StepLR extends LRScheduler {
  readonly stepSize: number;
  readonly gamma: number;

  constructor(optimizer: Optimizer, options: StepLROptions) {
    const stepSize = positiveInteger('StepLR', 'stepSize', options.stepSize);
    const gamma = positive('StepLR', 'gamma', options.gamma ?? 0.1);
    super(optimizer);
    this.stepSize = stepSize;
    this.gamma = gamma;
  }

  lrAt(epoch: number): number {
    return this.baseLr * this.gamma ** Math.floor(epoch / this.stepSize);
  }
}
