// What lossCurveSvg accepts: `fit`'s History from @bp/optim as it is (only the per-epoch series are read),
// or a bare list of losses.
import { ArgumentError } from '../errors.js';
import { describe, numberArray } from '../validate.js';

/** The per-epoch series of a training history; @bp/optim's `History` has this shape. */
export interface TrainingHistory {
  readonly loss: readonly number[];
  readonly valLoss?: readonly number[];
  readonly accuracy?: readonly number[];
  readonly valAccuracy?: readonly number[];
}

export interface Series {
  readonly key: 'loss' | 'valLoss' | 'accuracy' | 'valAccuracy';
  readonly values: readonly number[];
}

/** The series present in `history`, checked (the function name goes into the error messages). */
export function seriesOf(op: string, history: TrainingHistory | readonly number[]): Series[] {
  if (Array.isArray(history) || ArrayBuffer.isView(history)) {
    return [{ key: 'loss', values: numberArray(op, 'history', history) }];
  }
  if (typeof history !== 'object' || history === null || !('loss' in history)) {
    throw new ArgumentError(
      op,
      'history',
      `must be fit's history ({ loss, … }) or an array of losses, got ${describe(history)}`,
    );
  }
  const keys = ['loss', 'valLoss', 'accuracy', 'valAccuracy'] as const;
  const series: Series[] = [];
  for (const key of keys) {
    const values = history[key];
    if (values === undefined) continue;
    series.push({ key, values: numberArray(op, `history.${key}`, values) });
  }
  return series;
}
