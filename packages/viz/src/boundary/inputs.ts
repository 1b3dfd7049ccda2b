// The decision boundary's inputs, checked and brought to one form: points as two coordinate arrays, labels as
// class indices (the distinct labels in ascending order, so 0/1 and -1/+1 both give classes 0 and 1).
import { Tensor } from '@bp/tensor';
import { ArgumentError, ShapeError } from '../errors.js';
import { describe } from '../validate.js';

/** n points as a [n, 2] Tensor or an array of [x, y] pairs. */
export type Points2D = Tensor | readonly (readonly number[])[];
/** One label per point: class numbers such as 0/1 or -1/+1, as a Tensor ([n] or [n, 1]) or an array. */
export type Labels = Tensor | ArrayLike<number>;

export interface CheckedPoints {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Class index of each point. */
  readonly classes: Int32Array;
  /** The distinct labels, ascending; class k is labelValues[k]. */
  readonly labelValues: readonly number[];
}

export function checkPoints(op: string, points: Points2D, labels: Labels): CheckedPoints {
  const { xs, ys } = coordinates(op, points);
  const labelList = labelArray(op, labels);
  if (labelList.length !== xs.length) {
    throw new ShapeError(op, `got ${xs.length} points but ${labelList.length} labels`, [
      [xs.length, 2],
      [labelList.length],
    ]);
  }
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) {
      throw new ArgumentError(op, 'points', `must be finite, got (${xs[i]}, ${ys[i]}) at row ${i}`);
    }
    if (!Number.isFinite(labelList[i]))
      throw new ArgumentError(op, 'labels', `must be finite, got ${labelList[i]} at index ${i}`);
  }
  const labelValues = [...new Set(labelList)].sort((a, b) => a - b);
  const index = new Map(labelValues.map((value, k) => [value, k]));
  return { xs, ys, classes: Int32Array.from(labelList, (value) => index.get(value)!), labelValues };
}

function coordinates(op: string, points: Points2D): { xs: Float64Array; ys: Float64Array } {
  if (points instanceof Tensor) {
    if (points.ndim !== 2 || points.shape[1] !== 2) {
      throw new ShapeError(op, "argument 'points' must have shape [n, 2]", [points.shape]);
    }
    const n = points.shape[0];
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      xs[i] = points.get(i, 0);
      ys[i] = points.get(i, 1);
    }
    return { xs, ys };
  }
  if (!Array.isArray(points)) {
    throw new ArgumentError(
      op,
      'points',
      `must be a [n, 2] Tensor or an array of [x, y] pairs, got ${describe(points)}`,
    );
  }
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  points.forEach((pair: unknown, i) => {
    if (
      !Array.isArray(pair) ||
      pair.length !== 2 ||
      typeof pair[0] !== 'number' ||
      typeof pair[1] !== 'number'
    ) {
      throw new ArgumentError(
        op,
        'points',
        `must hold [x, y] pairs of numbers, got ${describe(pair)} at row ${i}`,
      );
    }
    xs[i] = pair[0];
    ys[i] = pair[1];
  });
  return { xs, ys };
}

function labelArray(op: string, labels: Labels): Float64Array {
  if (labels instanceof Tensor) {
    if (labels.ndim > 2 || (labels.ndim === 2 && labels.shape[1] !== 1)) {
      throw new ShapeError(op, "argument 'labels' must have shape [n] or [n, 1]", [labels.shape]);
    }
    return Float64Array.from(labels.data);
  }
  if (labels === null || typeof labels !== 'object' || typeof labels.length !== 'number') {
    throw new ArgumentError(op, 'labels', `must be an array of numbers or a Tensor, got ${describe(labels)}`);
  }
  const list = Array.from(labels as ArrayLike<unknown>);
  const bad = list.findIndex((x) => typeof x !== 'number');
  if (bad >= 0)
    throw new ArgumentError(op, 'labels', `has a non-number at index ${bad}: ${describe(list[bad])}`);
  return Float64Array.from(list as number[]);
}
