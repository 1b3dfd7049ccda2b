import { ShapeError, type Tensor } from '@bp/tensor';

/**
 * How many rows the outputs get right.
 * - One output per row (`[N]` or `[N, 1]`): the output is read as a probability, class 1 when > 0.5;
 *   labels are 0/1.
 * - C > 1 outputs per row (`[N, C]`): the predicted class is the row's argmax; labels are class indices
 *   (`[N]` or `[N, 1]`) or one-hot rows (`[N, C]`, whose argmax is the class).
 */
export function countCorrect(outputs: Tensor, labels: Tensor): number {
  const n = outputs.shape[0];
  if (outputs.ndim === 0 || labels.ndim === 0 || labels.shape[0] !== n) {
    throw new ShapeError('accuracy', 'outputs and labels need the same number of rows', [
      outputs.shape,
      labels.shape,
    ]);
  }
  const width = outputs.ndim === 1 ? 1 : outputs.size / n;
  if (outputs.ndim > 2) throw new ShapeError('accuracy', 'outputs must be [N] or [N, C]', [outputs.shape]);
  const labelWidth = labels.ndim === 1 ? 1 : labels.size / n;
  const out = outputs.data;
  const lab = labels.data;
  let correct = 0;
  if (width === 1) {
    if (labelWidth !== 1)
      throw new ShapeError('accuracy', 'a single output needs one 0/1 label per row', [
        outputs.shape,
        labels.shape,
      ]);
    for (let i = 0; i < n; i++) if (out[i] > 0.5 === lab[i] > 0.5) correct++;
    return correct;
  }
  if (labelWidth !== 1 && labelWidth !== width) {
    throw new ShapeError(
      'accuracy',
      `labels must be class indices ([N] or [N, 1]) or one-hot rows ([N, ${width}])`,
      [outputs.shape, labels.shape],
    );
  }
  for (let i = 0; i < n; i++) {
    const predicted = argmaxRow(out, i * width, width);
    const label = labelWidth === 1 ? lab[i] : argmaxRow(lab, i * width, width);
    if (predicted === label) correct++;
  }
  return correct;
}

/** The fraction of rows the outputs get right (see `countCorrect` for the rules). */
export function accuracy(outputs: Tensor, labels: Tensor): number {
  return countCorrect(outputs, labels) / outputs.shape[0];
}

function argmaxRow(values: Float64Array, start: number, width: number): number {
  let best = 0;
  for (let k = 1; k < width; k++) if (values[start + k] > values[start + best]) best = k;
  return best;
}
