import { fromData, type Rng } from '@bp/tensor';
import type { Dataset, DatasetInfo } from '../dataset.js';
import { gaussian } from '../gaussian.js';
import { subset } from '../subset.js';

/**
 * Turns generated points (row-major, `features` per row) and their class indices into a dataset:
 * adds the Gaussian noise, then shuffles the rows if asked, both drawn from `rng` in that order.
 */
export function assemble(
  points: Float64Array,
  labels: Float64Array,
  features: number,
  rng: Rng,
  options: { noise: number; shuffle: boolean },
  info: DatasetInfo,
): Dataset {
  if (options.noise > 0) for (let i = 0; i < points.length; i++) points[i] += options.noise * gaussian(rng);
  const ds: Dataset = {
    ...info,
    x: fromData(points, [labels.length, features]),
    y: fromData(labels, [labels.length, 1]),
  };
  return options.shuffle ? subset(ds, rng.permutation(labels.length)) : ds;
}
