import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng, tensor } from '@bp/tensor';
import {
  batchCount,
  batches,
  dataset,
  iris,
  normalise,
  oneHot,
  shuffle,
  size,
  standardise,
  subset,
  trainTestSplit,
  xor,
} from '../src/index.js';
import { labelsOf, numbered, rowsOf } from './helpers.js';

describe('batches', () => {
  it('covers every example exactly once per epoch, keeping x and y rows together', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 70 }),
        fc.boolean(),
        fc.nat(1000),
        (n, b, shuffled, seed) => {
          const ds = numbered(n);
          const seen: number[] = [];
          const all = [...batches(ds, b, { shuffle: shuffled, seed })];
          expect(all).toHaveLength(batchCount(ds, b));
          all.forEach((batch, k) => {
            expect(batch.x.shape).toEqual([k < all.length - 1 ? b : n - b * (all.length - 1), 2]);
            const ids = labelsOf(batch.y);
            expect(ids).toEqual(batch.indices);
            expect(rowsOf(batch.x).map((r) => r[0] / 10)).toEqual(ids);
            seen.push(...ids);
          });
          expect([...seen].sort((p, q) => p - q)).toEqual([...Array(n).keys()]);
        },
      ),
    );
  });

  it('keeps the dataset order without shuffle', () => {
    expect([...batches(numbered(5), 2)].map((b) => b.indices)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('drops a short last batch with dropLast', () => {
    const ds = numbered(10);
    const all = [...batches(ds, 4, { dropLast: true })];
    expect(all.map((b) => b.indices.length)).toEqual([4, 4]);
    expect(batchCount(ds, 4, { dropLast: true })).toBe(2);
    expect(batchCount(ds, 4)).toBe(3);
  });

  it('repeats the order for a seed, and gives a fresh reproducible order per epoch through one Rng', () => {
    const ds = numbered(30);
    const order = (options: Parameters<typeof batches>[2]): number[] =>
      [...batches(ds, 7, options)].flatMap((b) => b.indices);
    expect(order({ shuffle: true, seed: 3 })).toEqual(order({ shuffle: true, seed: 3 }));
    expect(order({ shuffle: true, seed: 3 })).not.toEqual(order({ shuffle: true, seed: 4 }));
    expect(order({ shuffle: true, seed: 3 })).not.toEqual([...Array(30).keys()]);
    const rng = new Rng(9);
    const epoch1 = order({ shuffle: true, rng });
    const epoch2 = order({ shuffle: true, rng });
    expect(epoch1).not.toEqual(epoch2);
    const replay = new Rng(9);
    expect(order({ shuffle: true, rng: replay })).toEqual(epoch1);
    expect(order({ shuffle: true, rng: replay })).toEqual(epoch2);
  });

  it('iterates XOR in mini-batches of two', () => {
    const seen = [...batches(xor(), 2)].map((b) => labelsOf(b.y));
    expect(seen).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

describe('trainTestSplit', () => {
  it('makes disjoint sets that hold every example once, the test set round(n × fraction) long', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 200 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.nat(1000),
        (n, f, seed) => {
          const nTest = Math.round(n * f);
          fc.pre(nTest > 0 && nTest < n);
          const { train, test } = trainTestSplit(numbered(n), { testFraction: f, seed });
          expect(size(test)).toBe(nTest);
          expect(size(train)).toBe(n - nTest);
          const ids = [...labelsOf(train.y), ...labelsOf(test.y)];
          expect(new Set(ids).size).toBe(n);
          expect(rowsOf(train.x).map((r) => r[0] / 10)).toEqual(labelsOf(train.y));
        },
      ),
    );
  });

  it('defaults to a 20% test set, is reproducible per seed and keeps metadata', () => {
    const a = trainTestSplit(iris(), { seed: 5 });
    const b = trainTestSplit(iris(), { seed: 5 });
    const c = trainTestSplit(iris(), { seed: 6 });
    expect(a.train.x.shape).toEqual([120, 4]);
    expect(a.test.x.shape).toEqual([30, 4]);
    expect(Array.from(a.test.x.data)).toEqual(Array.from(b.test.x.data));
    expect(Array.from(a.test.x.data)).not.toEqual(Array.from(c.test.x.data));
    expect(a.test.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
  });

  it('takes the last rows as the test set with shuffle: false', () => {
    const { train, test } = trainTestSplit(numbered(10), { testFraction: 0.3, shuffle: false });
    expect(labelsOf(train.y)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(labelsOf(test.y)).toEqual([7, 8, 9]);
  });
});

describe('shuffle, subset and dataset', () => {
  it('shuffle permutes rows with their targets, reproducibly', () => {
    const s = shuffle(numbered(20), { seed: 1 });
    const ids = labelsOf(s.y);
    expect([...ids].sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(ids).not.toEqual([...Array(20).keys()]);
    expect(rowsOf(s.x).map((r) => r[0] / 10)).toEqual(ids);
    expect(labelsOf(shuffle(numbered(20), { seed: 1 }).y)).toEqual(ids);
  });

  it('subset takes the given rows in order', () => {
    const s = subset(xor(), [3, 0]);
    expect(s.x.toArray()).toEqual([
      [1, 1],
      [0, 0],
    ]);
    expect(s.y.toArray()).toEqual([[0], [0]]);
    expect(s.name).toBe('xor');
  });

  it('dataset builds from nested arrays and turns a 1-d x or y into a column', () => {
    const ds = dataset(
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      [0, 1, 0],
      { name: 'mine' },
    );
    expect(ds.y.shape).toEqual([3, 1]);
    expect(ds.name).toBe('mine');
    expect(size(ds)).toBe(3);
    expect(dataset([0, 0.5, 1], [0, 1, 0]).x.toArray()).toEqual([[0], [0.5], [1]]);
  });
});

describe('oneHot', () => {
  it('sets one 1 per row from a column, a 1-d tensor or an array', () => {
    const want = [
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ];
    expect(oneHot(tensor([[2], [0], [1]]), 3).toArray()).toEqual(want);
    expect(oneHot(tensor([2, 0, 1]), 3).toArray()).toEqual(want);
    expect(oneHot([2, 0, 1], 3).toArray()).toEqual(want);
    expect(oneHot(iris().y, 3).sum(0).toArray()).toEqual([50, 50, 50]);
  });
});

describe('standardise and normalise', () => {
  const train = tensor([
    [1, 10, 5],
    [2, 20, 5],
    [3, 60, 5],
  ]);

  it('standardise gives each feature mean 0 and std 1 and returns the statistics', () => {
    const { x, stats } = standardise(train);
    expect(stats.mean.toArray()).toEqual([2, 30, 5]);
    expect(stats.std.get(0)).toBeCloseTo(Math.sqrt(2 / 3), 15);
    expect(stats.std.get(2)).toBe(1); // constant feature: left centred at 0
    const cols = [0, 1, 2].map((j) => rowsOf(x).map((r) => r[j]));
    for (const c of cols.slice(0, 2)) {
      expect(c.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
      expect(c.reduce((s, v) => s + v * v, 0) / 3).toBeCloseTo(1, 12);
    }
    expect(cols[2]).toEqual([0, 0, 0]);
  });

  it('standardise applies the training statistics to test data', () => {
    const { stats } = standardise(train);
    const { x } = standardise(
      tensor([
        [2, 30, 5],
        [4, 30, 6],
      ]),
      stats,
    );
    expect(x.get(0, 0)).toBe(0);
    expect(x.get(1, 0)).toBeCloseTo(2 / Math.sqrt(2 / 3), 12);
    expect(x.get(1, 2)).toBe(1);
  });

  it('normalise maps each feature onto [0, 1] and reuses its statistics', () => {
    const { x, stats } = normalise(train);
    expect(x.toArray()).toEqual([
      [0, 0, 0],
      [0.5, 0.2, 0],
      [1, 1, 0],
    ]);
    expect(stats.min.toArray()).toEqual([1, 10, 5]);
    expect(stats.range.toArray()).toEqual([2, 50, 1]);
    expect(normalise(tensor([[5, 35, 5]]), stats).x.toArray()).toEqual([[2, 0.5, 0]]);
  });
});
