import { describe, expect, it } from 'vitest';
import { ArgumentError, ShapeError, tensor, zeros, type Rng } from '@bp/tensor';
import {
  and,
  batchCount,
  batches,
  blobs,
  circles,
  dataset,
  moons,
  normalise,
  oneHot,
  shuffle,
  spirals,
  standardise,
  subset,
  trainTestSplit,
  type AndOptions,
  type Dataset,
} from '../src/index.js';
import { numbered } from './helpers.js';

const mismatched: Dataset = { x: zeros([10, 2]), y: zeros([9, 1]) };

describe('bad input gets a typed error naming the op and the argument', () => {
  it('x and y with different row counts', () => {
    expect(() => batches(mismatched, 2)).toThrow(ShapeError);
    expect(() => batches(mismatched, 2)).toThrow(
      'batches: x has 10 rows but y has 9 (shapes [10, 2] and [9, 1])',
    );
    expect(() => trainTestSplit(mismatched)).toThrow('trainTestSplit: x has 10 rows but y has 9');
    expect(() => shuffle(mismatched)).toThrow('shuffle: x has 10 rows but y has 9');
    expect(() => batchCount(mismatched, 2)).toThrow('batchCount: x has 10 rows but y has 9');
    expect(() => dataset([[1], [2]], [1, 2, 3])).toThrow('dataset: x has 2 rows but y has 3');
    expect(() => batches({ x: tensor(1), y: zeros([1]) }, 1)).toThrow(
      'batches: x and y need examples in rows',
    );
  });

  it('a batch size that is not a positive integer, reported when batches is called', () => {
    const ds = numbered(4);
    expect(() => batches(ds, 0)).toThrow(ArgumentError);
    expect(() => batches(ds, 0)).toThrow("batches: argument 'batchSize' must be a positive integer, got 0");
    expect(() => batches(ds, 2.5)).toThrow(
      "batches: argument 'batchSize' must be a positive integer, got 2.5",
    );
    expect(() => batches(ds, -3)).toThrow("batches: argument 'batchSize' must be a positive integer, got -3");
    expect(() => batches(ds, Number.NaN)).toThrow(
      "batches: argument 'batchSize' must be a positive integer, got NaN",
    );
  });

  it('a split fraction outside (0, 1), or one that empties a side', () => {
    const ds = numbered(10);
    for (const f of [0, 1, -0.2, 1.5, Number.NaN]) {
      expect(() => trainTestSplit(ds, { testFraction: f })).toThrow(
        `trainTestSplit: argument 'testFraction' must be strictly between 0 and 1, got ${f}`,
      );
    }
    expect(() => trainTestSplit(ds, { testFraction: 0.01 })).toThrow(
      "trainTestSplit: argument 'testFraction' 0.01 of 10 examples gives an empty test set",
    );
    expect(() => trainTestSplit(ds, { testFraction: 0.99 })).toThrow(
      "trainTestSplit: argument 'testFraction' 0.99 of 10 examples gives an empty training set",
    );
  });

  it('oneHot with a label outside [0, numClasses), a non-integer label, or a bad numClasses', () => {
    expect(() => oneHot([0, 3, 1], 3)).toThrow(ArgumentError);
    expect(() => oneHot([0, 3, 1], 3)).toThrow(
      "oneHot: argument 'labels' has 3 at row 1, outside [0, 3) for numClasses = 3",
    );
    expect(() => oneHot(tensor([[-1]]), 2)).toThrow(
      "oneHot: argument 'labels' has -1 at row 0, outside [0, 2)",
    );
    expect(() => oneHot([0, 1.5], 3)).toThrow(
      "oneHot: argument 'labels' has 1.5 at row 1, which is not an integer class index",
    );
    expect(() => oneHot([0], 0)).toThrow("oneHot: argument 'numClasses' must be a positive integer, got 0");
    expect(() => oneHot(zeros([2, 2]), 3)).toThrow(
      'oneHot: labels must be a column [n, 1] or a 1-d tensor [n] of class indices (shapes [2, 2])',
    );
  });

  it('n ≤ 0, non-integer, or too small for the classes in a generator', () => {
    expect(() => moons(0)).toThrow("moons: argument 'n' must be a positive integer, got 0");
    expect(() => circles(-5)).toThrow("circles: argument 'n' must be a positive integer, got -5");
    expect(() => spirals(10.5)).toThrow("spirals: argument 'n' must be a positive integer, got 10.5");
    expect(() => blobs(0)).toThrow("blobs: argument 'n' must be a positive integer, got 0");
    expect(() => spirals(2, { classes: 3 })).toThrow(
      "spirals: argument 'n' must be at least 3 so that each of the 3 classes gets an example, got 2",
    );
    expect(() => moons(1)).toThrow("moons: argument 'n' must be at least 2");
  });

  it("a generator's other options", () => {
    expect(() => moons(10, { noise: -0.1 })).toThrow(
      "moons: argument 'noise' must be a finite number ≥ 0, got -0.1",
    );
    expect(() => circles(10, { factor: 1 })).toThrow(
      "circles: argument 'factor' must be strictly between 0 and 1, got 1",
    );
    expect(() => spirals(10, { classes: 0 })).toThrow(
      "spirals: argument 'classes' must be a positive integer, got 0",
    );
    expect(() => spirals(10, { turns: 0 })).toThrow(
      "spirals: argument 'turns' must be a finite number > 0, got 0",
    );
    expect(() => blobs(10, { std: -1 })).toThrow("blobs: argument 'std' must be a finite number ≥ 0, got -1");
    expect(() => blobs(10, { centers: [] })).toThrow(
      "blobs: argument 'centers' must be a positive integer or a non-empty array of points",
    );
    expect(() => blobs(10, { centers: [[0, 0], [1]] })).toThrow(
      "blobs: argument 'centers' point 1 must be 2 finite numbers like point 0",
    );
    expect(() => blobs(10, { box: [5, -5] })).toThrow(
      "blobs: argument 'box' must be [low, high] with finite low ≤ high, got [5, -5]",
    );
  });

  it('a seed that is not an integer in [0, 2^32), or an rng that is not an Rng', () => {
    expect(() => moons(10, { seed: 1.5 })).toThrow(
      "moons: argument 'seed' must be an integer in [0, 2^32), got 1.5",
    );
    expect(() => batches(numbered(3), 1, { shuffle: true, seed: -1 })).toThrow(
      "batches: argument 'seed' must be an integer in [0, 2^32), got -1",
    );
    const fake = { random: () => 0.5 } as unknown as Rng;
    expect(() => shuffle(numbered(3), { rng: fake })).toThrow(
      "shuffle: argument 'rng' must be an Rng from @bp/tensor",
    );
  });

  it('row indices outside the dataset', () => {
    expect(() => subset(numbered(3), [0, 3])).toThrow(
      "subset: argument 'indices' contains 3 at position 1, outside 0..2",
    );
  });

  it('AND with an unknown label convention', () => {
    expect(() => and({ labels: 'bits' } as unknown as AndOptions)).toThrow(
      "and: argument 'labels' must be 'pm1' or '01', got bits",
    );
  });

  it('scaling a tensor that is not a matrix, or with statistics for other features', () => {
    expect(() => standardise(zeros([3]))).toThrow(
      'standardise: x must be 2-d (examples in rows, features in columns), got 1-d',
    );
    expect(() => normalise(zeros([0, 2]))).toThrow('normalise: x has no rows to compute statistics from');
    const { stats } = standardise(zeros([2, 3]));
    expect(() => standardise(zeros([2, 2]), stats)).toThrow(
      'standardise: stats must be 1-d with one entry per feature of x (2)',
    );
  });
});
