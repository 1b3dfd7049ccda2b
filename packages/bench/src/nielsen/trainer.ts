import type { NielsenProblem } from './problem.js';

/** One engine training Nielsen's network: built from the problem's initial weights, trained epoch by epoch. */
export interface Trainer {
  /** How the table names it, e.g. '@bp autograd' or 'tfjs-wasm'. */
  readonly engine: string;
  readonly dtype: 'float64' | 'float32';
  /** How this engine's update matches the others (batch size, learning rate, loss scaling, initialisation). */
  readonly note: string;
  /** One pass over the training rows in this order, mini-batches of `problem.batch`; returns when the work is done. */
  trainEpoch(order: readonly number[]): void;
  /** Held-out accuracy on `problem.test`. */
  accuracy(): number;
  dispose(): void;
}

export type TrainerFactory = (problem: NielsenProblem) => Trainer;
