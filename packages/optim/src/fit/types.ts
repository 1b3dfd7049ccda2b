import type { Tensor } from '@bp/tensor';
import type { Variable } from '@bp/autograd';
import type { Optimizer } from '../optimizer.js';
import type { LRScheduler } from '../schedule/lr-scheduler.js';
import type { ProgressStream } from './progress.js';

/**
 * What `fit` needs from a model: a forward pass and its parameters. An `@bp/nn` Module fits this shape;
 * so does any hand-made object (the course's one-bias model, a test double).
 */
export interface Trainable {
  forward(x: Variable): Variable;
  parameters(): readonly Variable[];
  /** Training mode (dropout-like behaviour on); called at the start of every epoch when present. */
  train?(): unknown;
  /** Evaluation mode; called around validation when present. */
  eval?(): unknown;
  /** Clears the gradients of every parameter of the model when present. */
  zeroGrad?(): unknown;
  /** The current mode, when the model tracks one; `fit` restores it when it returns. */
  readonly training?: boolean;
}

/** A loss: a scalar Variable from the model's output and the targets of the same rows. */
export type LossFn = (prediction: Variable, target: Variable) => Variable;

/** Examples in rows: `x.shape[0] === y.shape[0]`. */
export interface Dataset {
  readonly x: Tensor;
  readonly y: Tensor;
}

export type Metric = 'accuracy';

/** Stop when the monitored loss has not improved by more than `minDelta` for `patience` epochs. */
export interface PatienceStopping {
  patience: number;
  /** Default 0. */
  minDelta?: number;
  /** Default: 'valLoss' when there is validation data, else 'loss'. */
  monitor?: 'loss' | 'valLoss';
}

/**
 * The course's rule for gradient descent: stop once the step size is near zero. The step size of an
 * epoch is the largest |Δθ| of any parameter entry over that epoch's updates; training stops after
 * an epoch whose step size is below `minStep` (the epoch limit is the other half of the rule).
 */
export interface MinStepStopping {
  minStep: number;
}

export type EarlyStopping = PatienceStopping | MinStepStopping;

export interface BatchLog {
  /** 1-based. */
  readonly epoch: number;
  /** 1-based. */
  readonly batch: number;
  readonly batches: number;
  /** The batch's loss, before the update. */
  readonly loss: number;
  /** Rows in the batch. */
  readonly size: number;
}

export interface EpochLog {
  /** 1-based. */
  readonly epoch: number;
  readonly loss: number;
  readonly accuracy?: number;
  readonly valLoss?: number;
  readonly valAccuracy?: number;
  /** The learning rate used during this epoch. */
  readonly lr: number;
  /** The largest |Δθ| of the epoch, when `earlyStopping.minStep` is used. */
  readonly maxUpdate?: number;
}

export interface Callbacks {
  /** Return `'stop'` to end training after this epoch. */
  onEpochEnd?(log: EpochLog): 'stop' | void;
  onBatchEnd?(log: BatchLog): void;
}

export interface FitOptions {
  loss: LossFn;
  /** The optimizer to step; give either this or `lr` (which builds plain SGD over `model.parameters()`). */
  optimizer?: Optimizer;
  lr?: number;
  /** The epoch limit. */
  epochs: number;
  /** Rows per mini-batch (default: all rows, full-batch gradient descent). */
  batchSize?: number;
  /** Visit the rows in a new seeded random order every epoch (default true). */
  shuffle?: boolean;
  /** Seed of the shuffling generator (default 0): the same seed gives the same run. */
  seed?: number;
  validation?: Dataset;
  metrics?: readonly Metric[];
  callbacks?: Callbacks;
  earlyStopping?: EarlyStopping;
  /** Stepped once at the end of every epoch. */
  scheduler?: LRScheduler;
  /** 'auto' (default): a progress bar on stderr when it is a terminal and CI is not set. */
  progress?: 'auto' | boolean;
  /** Where the progress bar goes (default `process.stderr`). */
  progressStream?: ProgressStream;
  /** Milliseconds clock for the progress bar's throttling and ETA (default `performance.now`). */
  clock?: () => number;
}

/** Why training ended. */
export type StopReason = 'maxEpochs' | 'patience' | 'minStep' | 'callback' | 'nonFiniteLoss';

export interface History {
  /** Training loss per epoch: the batch losses averaged with the batch sizes as weights (one full batch: the loss). */
  loss: number[];
  accuracy?: number[];
  valLoss?: number[];
  valAccuracy?: number[];
  /** The learning rate of each epoch. */
  lr: number[];
  /** The largest |Δθ| of each epoch, when `earlyStopping.minStep` is used. */
  maxUpdate?: number[];
  /** Epochs run. */
  epochs: number;
  stoppedEarly: boolean;
  reason: StopReason;
}
