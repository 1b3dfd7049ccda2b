// @bp/optim: optimizers that update parameters in place with PyTorch's documented rules, learning-rate
// schedules, gradient clipping, and `fit`, a training loop with mini-batches, history and early stopping.
export { Optimizer, type OptimizerStateDict, type ParamState } from './optimizer.js';
export { SGD, type SGDOptions } from './sgd.js';
export { AdamBase, type AdamOptions, type ResolvedAdamOptions } from './adam-base.js';
export { Adam } from './adam.js';
export { AdamW } from './adamw.js';
export { LRScheduler } from './schedule/lr-scheduler.js';
export { StepLR, type StepLROptions } from './schedule/step-lr.js';
export { ExponentialLR, type ExponentialLROptions } from './schedule/exponential-lr.js';
export { CosineAnnealingLR, type CosineAnnealingLROptions } from './schedule/cosine-annealing-lr.js';
export { clipGradNorm, clipGradValue, type ClipGradNormOptions } from './clip.js';
export { fit } from './fit/fit.js';
export { accuracy, countCorrect } from './fit/accuracy.js';
export { ProgressBar, progressEnabled, type ProgressStream, type ProgressState } from './fit/progress.js';
export { textChart, type TextChartOptions } from './fit/text-chart.js';
export type {
  Trainable,
  LossFn,
  Dataset,
  Metric,
  EarlyStopping,
  PatienceStopping,
  MinStepStopping,
  BatchLog,
  EpochLog,
  Callbacks,
  FitOptions,
  StopReason,
  History,
} from './fit/types.js';
