import { take, type Tensor } from '@bp/tensor';
import { checkPositiveInteger, checkRows } from './check.js';
import type { Dataset } from './dataset.js';
import { resolveRng, type SeedOptions } from './random.js';

export interface BatchOptions extends SeedOptions {
  /**
   * Visit the examples in a seeded random order. Default false. With `seed` every call repeats the same
   * order; pass one `rng` to every epoch's call to get a fresh, still reproducible, order each epoch.
   */
  shuffle?: boolean;
  /** Skip the last batch when it is smaller than `batchSize`. Default false. */
  dropLast?: boolean;
}

export interface Batch {
  readonly x: Tensor;
  readonly y: Tensor;
  /** The rows of the dataset this batch holds, in batch order. */
  readonly indices: readonly number[];
}

/** How many batches one pass of `batches` yields. */
export function batchCount(ds: Dataset, batchSize: number, options: { dropLast?: boolean } = {}): number {
  const n = checkRows('batchCount', ds);
  checkPositiveInteger('batchCount', 'batchSize', batchSize);
  return options.dropLast === true ? Math.floor(n / batchSize) : Math.ceil(n / batchSize);
}

function* walk(
  ds: Dataset,
  order: readonly number[],
  batchSize: number,
  dropLast: boolean,
): Generator<Batch, void, undefined> {
  for (let start = 0; start < order.length; start += batchSize) {
    const indices = order.slice(start, start + batchSize);
    if (dropLast && indices.length < batchSize) return;
    yield { x: take(ds.x, indices), y: take(ds.y, indices), indices };
  }
}

/**
 * One epoch of mini-batches: every example appears in exactly one batch (all batches have `batchSize` rows
 * except perhaps the last, which `dropLast` skips). Arguments are checked here, before the first batch.
 */
export function batches(
  ds: Dataset,
  batchSize: number,
  options: BatchOptions = {},
): Generator<Batch, void, undefined> {
  const n = checkRows('batches', ds);
  checkPositiveInteger('batches', 'batchSize', batchSize);
  const order =
    options.shuffle === true ? resolveRng('batches', options).permutation(n) : [...Array(n).keys()];
  return walk(ds, order, batchSize, options.dropLast === true);
}
