import { ArgumentError, ShapeError, Tensor } from '@bp/tensor';
import { checkPositiveInteger } from './check.js';

/**
 * One row per label with a 1 in the label's column: `[n, numClasses]`.
 * Labels are class indices, given as a column `[n, 1]`, a 1-d tensor `[n]` or an array.
 */
export function oneHot(labels: Tensor | readonly number[], numClasses: number): Tensor {
  checkPositiveInteger('oneHot', 'numClasses', numClasses);
  let values: ArrayLike<number>;
  if (labels instanceof Tensor) {
    if (labels.ndim !== 1 && !(labels.ndim === 2 && labels.shape[1] === 1)) {
      throw new ShapeError('oneHot', 'labels must be a column [n, 1] or a 1-d tensor [n] of class indices', [
        labels.shape,
      ]);
    }
    values = labels.data;
  } else {
    values = labels;
  }
  const n = values.length;
  const out = new Float64Array(n * numClasses);
  for (let i = 0; i < n; i++) {
    const c = values[i];
    if (!Number.isInteger(c))
      throw new ArgumentError(
        'oneHot',
        'labels',
        `has ${c} at row ${i}, which is not an integer class index`,
      );
    if (c < 0 || c >= numClasses) {
      throw new ArgumentError(
        'oneHot',
        'labels',
        `has ${c} at row ${i}, outside [0, ${numClasses}) for numClasses = ${numClasses}`,
      );
    }
    out[i * numClasses + c] = 1;
  }
  return new Tensor(out, [n, numClasses]);
}
