import { ArgumentError } from '@bp/tensor';
import { checkNonNegative, checkPositiveInteger } from '../check.js';
import type { SeedOptions } from '../random.js';

export interface SyntheticOptions extends SeedOptions {
  /** Standard deviation of the Gaussian noise added to every coordinate. Default 0. */
  noise?: number;
  /** Shuffle the rows, so that classes are interleaved (otherwise they come class by class). Default true. */
  shuffle?: boolean;
}

/** Checks n (every class must get at least one example) and the noise level. */
export function checkSynthetic(op: string, n: number, classes: number, options: SyntheticOptions): number {
  checkPositiveInteger(op, 'n', n);
  if (n < classes) {
    throw new ArgumentError(
      op,
      'n',
      `must be at least ${classes} so that each of the ${classes} classes gets an example, got ${n}`,
    );
  }
  return checkNonNegative(op, 'noise', options.noise ?? 0);
}

/** Sizes of k classes sharing n examples: as equal as possible, the first n mod k classes one larger. */
export function classSizes(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, c) => Math.floor(n / k) + (c < n % k ? 1 : 0));
}
