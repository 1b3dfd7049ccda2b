import { beforeAll, describe, expect, it } from 'vitest';
import { MNIST_PIXELS, MNIST_SIZE, iris, loadMnist, type MnistSplits } from '../src/index.js';
import { counts, labelsOf, rowsOf } from './helpers.js';

// How many digits of each class the mnist package ships (0..9).
const PER_DIGIT = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];

describe('loadMnist', () => {
  // Loading parses about 20 MB of JSON (≈1 s): done once for the file, later calls reuse the cache.
  let splits: MnistSplits;
  beforeAll(async () => {
    splits = await loadMnist({ seed: 1 });
  }, 60_000);

  it('splits the 10,000 digits into 8000 training and 2000 test rows of 784 pixels', () => {
    expect(MNIST_SIZE).toBe(10000);
    expect(splits.train.x.shape).toEqual([8000, MNIST_PIXELS]);
    expect(splits.train.y.shape).toEqual([8000, 1]);
    expect(splits.test.x.shape).toEqual([2000, 784]);
    expect(splits.test.y.shape).toEqual([2000, 1]);
  });

  it('has pixel values in [0, 1] that use the range, and integer labels 0–9', () => {
    for (const ds of [splits.train, splits.test]) {
      let min = Infinity;
      let max = -Infinity;
      for (const v of ds.x.data) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
      expect(min).toBe(0);
      expect(max).toBeGreaterThan(0.99);
      expect(max).toBeLessThanOrEqual(1);
      expect(labelsOf(ds.y).every((l) => Number.isInteger(l) && l >= 0 && l <= 9)).toBe(true);
    }
  });

  it('uses every digit exactly once across the two splits (per-class counts add up to the package)', () => {
    const train = counts(splits.train.y, 10);
    const test = counts(splits.test.y, 10);
    expect(train.map((c, d) => c + test[d])).toEqual(PER_DIGIT);
    // A shuffled split: every digit appears in the test set.
    expect(test.every((c) => c > 100)).toBe(true);
  });

  it('is reproducible per seed, different across seeds, and honours the sizes asked for', async () => {
    const again = await loadMnist({ seed: 1, train: 50, test: 20 });
    expect(again.train.x.shape).toEqual([50, 784]);
    expect(again.test.x.shape).toEqual([20, 784]);
    expect(Array.from(again.train.x.data)).toEqual(Array.from(splits.train.x.data.subarray(0, 50 * 784)));
    expect(labelsOf(again.train.y)).toEqual(labelsOf(splits.train.y).slice(0, 50));
    const other = await loadMnist({ seed: 2, train: 50, test: 0 });
    expect(labelsOf(other.train.y)).not.toEqual(labelsOf(again.train.y));
    expect(other.test.x.shape).toEqual([0, 784]);
  });

  it('gives one-hot targets on request, matching the labels', async () => {
    const hot = await loadMnist({ seed: 1, train: 200, test: 10, oneHot: true });
    expect(hot.train.y.shape).toEqual([200, 10]);
    const labels = labelsOf(splits.train.y).slice(0, 200);
    rowsOf(hot.train.y).forEach((row, i) => {
      expect(row.reduce((s, v) => s + v, 0)).toBe(1);
      expect(row.indexOf(1)).toBe(labels[i]);
    });
    expect(hot.train.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('rejects sizes it cannot serve, naming the argument', async () => {
    await expect(loadMnist({ train: 9000, test: 2000 })).rejects.toThrow(
      "loadMnist: argument 'train, test' must add up to between 1 and 10000, got 9000 + 2000",
    );
    await expect(loadMnist({ train: -1 })).rejects.toThrow(
      "loadMnist: argument 'train' must be an integer ≥ 0, got -1",
    );
    await expect(loadMnist({ test: 2.5 })).rejects.toThrow(
      "loadMnist: argument 'test' must be an integer ≥ 0, got 2.5",
    );
  });
});

describe('iris', () => {
  const ds = iris();

  it('has 150 rows of 4 measurements and 3 classes of 50', () => {
    expect(ds.x.shape).toEqual([150, 4]);
    expect(ds.y.shape).toEqual([150, 1]);
    expect(counts(ds.y, 3)).toEqual([50, 50, 50]);
    expect(ds.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(ds.featureNames).toHaveLength(4);
  });

  it("holds Fisher's numbers (first and last rows, and the corrected rows 35 and 38)", () => {
    const rows = rowsOf(ds.x);
    expect(rows[0]).toEqual([5.1, 3.5, 1.4, 0.2]);
    expect(rows[149]).toEqual([5.9, 3, 5.1, 1.8]);
    expect(rows[34]).toEqual([4.9, 3.1, 1.5, 0.2]);
    expect(rows[37]).toEqual([4.9, 3.6, 1.4, 0.1]);
    expect(labelsOf(ds.y).slice(48, 52)).toEqual([0, 0, 1, 1]);
    expect(ds.source).toMatch(/Fisher.*1936/);
  });
});
