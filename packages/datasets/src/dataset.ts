import { Tensor, tensor, reshape, type NestedArray } from '@bp/tensor';
import { checkRows } from './check.js';

/** What a dataset says about itself; every field is optional. */
export interface DatasetInfo {
  /** A short identifier, e.g. `'xor'` or `'iris'`. */
  readonly name?: string;
  /** One or two sentences: what the rows are and where they come from. */
  readonly description?: string;
  /** Where the numbers come from (a course example such as `'E5'`, a paper, a package). */
  readonly source?: string;
  /** One name per column of `x`. */
  readonly featureNames?: readonly string[];
  /** For classification sets: the name of class `k` at index `k`. */
  readonly classNames?: readonly string[];
  /** Corrections or caveats about the data (errata of the course material, known data errors). */
  readonly notes?: readonly string[];
}

/**
 * Examples in rows: `x` is `[n, features]`, `y` is `[n, targets]`, and row `i` of `y` belongs to row `i` of `x`.
 * Class labels are class indices in a column (`[n, 1]`, values 0..k−1) unless a one-hot `[n, k]` was asked for.
 */
export interface Dataset extends DatasetInfo {
  readonly x: Tensor;
  readonly y: Tensor;
}

/**
 * Builds a dataset from tensors or nested arrays, checking that x and y have the same number of rows.
 * A 1-d `x` or `y` becomes a column (one feature or target per example), so that examples are always rows.
 */
export function dataset(x: Tensor | NestedArray, y: Tensor | NestedArray, info: DatasetInfo = {}): Dataset {
  const column = (t: Tensor): Tensor => (t.ndim === 1 ? reshape(t, [t.shape[0], 1]) : t);
  const ds = {
    ...info,
    x: column(x instanceof Tensor ? x : tensor(x)),
    y: column(y instanceof Tensor ? y : tensor(y)),
  };
  checkRows('dataset', ds);
  return ds;
}

/** The number of examples (rows). */
export function size(ds: Dataset): number {
  return checkRows('size', ds);
}
