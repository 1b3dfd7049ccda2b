import { ArgumentError } from '@bp/tensor';
import { checkOpenUnit, checkRows } from './check.js';
import type { Dataset } from './dataset.js';
import { resolveRng, type SeedOptions } from './random.js';
import { subset } from './subset.js';

export interface SplitOptions extends SeedOptions {
  /** Share of the examples that goes to the test set, strictly between 0 and 1. Default 0.2. */
  testFraction?: number;
  /** Shuffle before splitting (seeded). Without it the last rows are the test set. Default true. */
  shuffle?: boolean;
}

export interface Split {
  readonly train: Dataset;
  readonly test: Dataset;
}

/**
 * Disjoint training and test sets that together hold every example once.
 * The test set has round(n × testFraction) examples; both sets must end up non-empty.
 */
export function trainTestSplit(ds: Dataset, options: SplitOptions = {}): Split {
  const n = checkRows('trainTestSplit', ds);
  const fraction = checkOpenUnit('trainTestSplit', 'testFraction', options.testFraction ?? 0.2);
  const nTest = Math.round(n * fraction);
  if (nTest === 0 || nTest === n) {
    throw new ArgumentError(
      'trainTestSplit',
      'testFraction',
      `${fraction} of ${n} examples gives ${nTest === 0 ? 'an empty test set' : 'an empty training set'}`,
    );
  }
  const shuffle = options.shuffle ?? true;
  const order = shuffle ? resolveRng('trainTestSplit', options).permutation(n) : [...Array(n).keys()];
  return {
    train: subset(ds, order.slice(0, n - nTest), 'trainTestSplit'),
    test: subset(ds, order.slice(n - nTest), 'trainTestSplit'),
  };
}
