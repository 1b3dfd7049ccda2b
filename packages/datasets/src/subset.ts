import { ArgumentError, take } from '@bp/tensor';
import { checkRows } from './check.js';
import type { Dataset } from './dataset.js';
import { resolveRng, type SeedOptions } from './random.js';

/** The examples at the given row indices, in that order (metadata kept). */
export function subset(ds: Dataset, indices: ArrayLike<number>, op = 'subset'): Dataset {
  const n = checkRows(op, ds);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      throw new ArgumentError(op, 'indices', `contains ${i} at position ${k}, outside 0..${n - 1}`);
    }
  }
  return { ...ds, x: take(ds.x, indices), y: take(ds.y, indices) };
}

/** The same examples in a seeded random order; x and y rows move together. */
export function shuffle(ds: Dataset, options: SeedOptions = {}): Dataset {
  const n = checkRows('shuffle', ds);
  return subset(ds, resolveRng('shuffle', options).permutation(n), 'shuffle');
}
