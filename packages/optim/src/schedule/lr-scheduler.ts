import type { Optimizer } from '../optimizer.js';

/**
 * A learning-rate schedule, stepped once per epoch. It remembers the optimizer's learning rate at
 * construction (the base rate γ₀) and, on every `step()`, writes the closed form lr(epoch) into the
 * optimizer, as PyTorch's schedulers do.
 */
export abstract class LRScheduler {
  /** The learning rate the optimizer had when the schedule was attached. */
  readonly baseLr: number;
  /** Epochs stepped so far (0 right after construction). */
  lastEpoch = 0;

  protected constructor(readonly optimizer: Optimizer) {
    // lr(0) is γ₀ for every schedule here, so the optimizer's rate is left as it is.
    this.baseLr = optimizer.lr;
  }

  /** The closed-form learning rate after `epoch` calls of `step()`. */
  abstract lrAt(epoch: number): number;

  /** Advances one epoch and writes the new learning rate into the optimizer. */
  step(): void {
    this.lastEpoch++;
    this.optimizer.lr = this.lrAt(this.lastEpoch);
  }

  /** The learning rate the schedule last wrote (PyTorch's `get_last_lr()`, for the single parameter group). */
  getLastLr(): number {
    return this.optimizer.lr;
  }
}
