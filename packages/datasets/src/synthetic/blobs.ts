import { ArgumentError, fromData, type Tensor } from '@bp/tensor';
import { checkNonNegative, checkPositiveInteger } from '../check.js';
import type { Dataset } from '../dataset.js';
import { resolveRng } from '../random.js';
import { assemble } from './assemble.js';
import { checkSynthetic, classSizes } from './options.js';
import type { SeedOptions } from '../random.js';

export interface BlobsOptions extends SeedOptions {
  /** How many centres to draw uniformly in `box`, or the centres themselves (one point per class). Default 3. */
  centers?: number | readonly (readonly number[])[];
  /** Number of features when the centres are drawn. Default 2. */
  features?: number;
  /** Standard deviation of each blob around its centre. Default 1. */
  std?: number;
  /** The range the drawn centres' coordinates are uniform in. Default [−10, 10]. */
  box?: readonly [number, number];
  /** Shuffle the rows so that classes are interleaved. Default true. */
  shuffle?: boolean;
}

/** A blobs dataset also carries its centres (`[classes, features]`), row k being the centre of class k. */
export interface BlobsDataset extends Dataset {
  readonly centers: Tensor;
}

function resolveCenters(options: BlobsOptions, draw: () => number): number[][] {
  const centers = options.centers ?? 3;
  if (typeof centers === 'number') {
    checkPositiveInteger('blobs', 'centers', centers);
    const f = checkPositiveInteger('blobs', 'features', options.features ?? 2);
    return Array.from({ length: centers }, () => Array.from({ length: f }, draw));
  }
  const given: unknown = centers;
  if (!Array.isArray(given) || centers.length === 0) {
    throw new ArgumentError('blobs', 'centers', 'must be a positive integer or a non-empty array of points');
  }
  const f = centers[0].length;
  centers.forEach((c, k) => {
    const point: unknown = c;
    if (
      !Array.isArray(point) ||
      c.length !== f ||
      f === 0 ||
      c.some((v) => typeof v !== 'number' || !Number.isFinite(v))
    ) {
      throw new ArgumentError(
        'blobs',
        'centers',
        `point ${k} must be ${f > 0 ? f : 'one or more'} finite numbers like point 0`,
      );
    }
  });
  return centers.map((c) => [...c]);
}

/**
 * Isotropic Gaussian blobs, one per class, with class sizes as equal as possible.
 * x is n×features, y an n×1 column of class indices (the index of the centre).
 */
export function blobs(n: number, options: BlobsOptions = {}): BlobsDataset {
  const std = checkNonNegative('blobs', 'std', options.std ?? 1);
  const [low, high] = options.box ?? [-10, 10];
  if (!Number.isFinite(low) || !Number.isFinite(high) || low > high) {
    throw new ArgumentError(
      'blobs',
      'box',
      `must be [low, high] with finite low ≤ high, got [${low}, ${high}]`,
    );
  }
  const rng = resolveRng('blobs', options);
  const centers = resolveCenters(options, () => rng.uniform(low, high));
  checkSynthetic('blobs', n, centers.length, {});
  const f = centers[0].length;
  const points = new Float64Array(n * f);
  const labels = new Float64Array(n);
  let row = 0;
  classSizes(n, centers.length).forEach((m, c) => {
    for (let i = 0; i < m; i++, row++) {
      points.set(centers[c], row * f);
      labels[row] = c;
    }
  });
  const ds = assemble(
    points,
    labels,
    f,
    rng,
    { noise: std, shuffle: options.shuffle ?? true },
    {
      name: 'blobs',
      description: `${n} points in ${centers.length} Gaussian blobs of standard deviation ${std} in ${f} dimensions.`,
      source: 'synthetic (after scikit-learn make_blobs)',
      featureNames: Array.from({ length: f }, (_, j) => `x${j + 1}`),
      classNames: centers.map((_, c) => `blob ${c}`),
    },
  );
  return { ...ds, centers: fromData(centers.flat(), [centers.length, f]) };
}
