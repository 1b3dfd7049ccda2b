import type { Optimizer } from '../optimizer.js';
import { nonNegative, positiveInteger } from '../validate.js';
import { LRScheduler } from './lr-scheduler.js';

export interface CosineAnnealingLROptions {
  /** Epochs of one half cosine period. */
  tMax: number;
  /** The smallest learning rate (default 0). */
  etaMin?: number;
}

/**
 * lr(epoch) = η_min + (γ₀ − η_min) · (1 + cos(π · epoch / tMax)) / 2 (PyTorch's closed form for
 * `CosineAnnealingLR`); past tMax it keeps following the cosine back up, as PyTorch's closed form does.
 */
export class CosineAnnealingLR extends LRScheduler {
  readonly tMax: number;
  readonly etaMin: number;

  constructor(optimizer: Optimizer, options: CosineAnnealingLROptions) {
    const tMax = positiveInteger('CosineAnnealingLR', 'tMax', options.tMax);
    const etaMin = nonNegative('CosineAnnealingLR', 'etaMin', options.etaMin ?? 0);
    super(optimizer);
    this.tMax = tMax;
    this.etaMin = etaMin;
  }

  lrAt(epoch: number): number {
    return this.etaMin + ((this.baseLr - this.etaMin) * (1 + Math.cos((Math.PI * epoch) / this.tMax))) / 2;
  }
}
