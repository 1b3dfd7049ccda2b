import { describe, expect, it } from 'vitest';
import { Rng } from '@bp/tensor';
import { blobs, circles, moons, spirals, type Dataset } from '../src/index.js';
import { classMean, counts, labelsOf, rowsOf } from './helpers.js';

const generators: [string, (n: number, seed: number) => Dataset][] = [
  ['moons', (n, seed) => moons(n, { noise: 0.1, seed })],
  ['circles', (n, seed) => circles(n, { noise: 0.05, factor: 0.5, seed })],
  ['spirals', (n, seed) => spirals(n, { classes: 3, noise: 0.05, seed })],
  ['blobs', (n, seed) => blobs(n, { centers: 3, std: 0.5, seed })],
];

describe.each(generators)('%s', (_name, make) => {
  it('gives identical data for the same seed and different data for another seed', () => {
    const a = make(60, 7);
    const b = make(60, 7);
    const c = make(60, 8);
    expect(Array.from(a.x.data)).toEqual(Array.from(b.x.data));
    expect(Array.from(a.y.data)).toEqual(Array.from(b.y.data));
    expect(Array.from(a.x.data)).not.toEqual(Array.from(c.x.data));
  });

  it('has n rows of two features, a label column and interleaved classes', () => {
    const ds = make(61, 1);
    expect(ds.x.shape).toEqual([61, 2]);
    expect(ds.y.shape).toEqual([61, 1]);
    const labels = labelsOf(ds.y);
    expect(labels.every((l) => Number.isInteger(l) && l >= 0 && l < (ds.classNames?.length ?? 0))).toBe(true);
    // Shuffled by default: the first ten rows are not all one class.
    expect(new Set(labels.slice(0, 10)).size).toBeGreaterThan(1);
  });
});

describe('moons', () => {
  it('without noise puts class 0 on the upper unit arc and class 1 on the lower shifted arc', () => {
    const ds = moons(101, { seed: 3 });
    expect(counts(ds.y, 2)).toEqual([50, 51]);
    rowsOf(ds.x).forEach(([a, b], i) => {
      if (ds.y.data[i] === 0) {
        expect(Math.hypot(a, b)).toBeCloseTo(1, 12);
        expect(b).toBeGreaterThanOrEqual(-1e-15);
      } else {
        expect(Math.hypot(a - 1, b - 0.5)).toBeCloseTo(1, 12);
        expect(b).toBeLessThanOrEqual(0.5 + 1e-15);
      }
    });
  });

  it('with noise keeps each class centred where its arc is (means (0, 2/π) and (1, 0.5 − 2/π))', () => {
    const ds = moons(2000, { noise: 0.1, seed: 11 });
    const [m0, m1] = [classMean(ds, 0), classMean(ds, 1)];
    expect(m0[0]).toBeCloseTo(0, 1);
    expect(m0[1]).toBeCloseTo(2 / Math.PI, 1);
    expect(m1[0]).toBeCloseTo(1, 1);
    expect(m1[1]).toBeCloseTo(0.5 - 2 / Math.PI, 1);
  });

  it('keeps the class-by-class order with shuffle: false', () => {
    expect(labelsOf(moons(6, { shuffle: false }).y)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('draws from a given Rng exactly as from the same seed', () => {
    expect(Array.from(moons(20, { noise: 0.2, rng: new Rng(42) }).x.data)).toEqual(
      Array.from(moons(20, { noise: 0.2, seed: 42 }).x.data),
    );
  });

  it('gives these exact numbers for seed 1 (pinned: a change here breaks reproducibility)', () => {
    expect(moons(4, { noise: 0.1, seed: 1 }).x.toArray()).toEqual([
      [0.07983395383107277, 0.3313009011262065],
      [-0.8065250337070633, 0.03530931262068191],
      [2.009265613338385, 0.6437531835316833],
      [0.9314944084564744, -0.012381244023558976],
    ]);
  });
});

describe('circles', () => {
  it('puts class 0 on the unit circle and class 1 on the circle of radius factor', () => {
    const ds = circles(30, { factor: 0.3, seed: 2 });
    expect(counts(ds.y, 2)).toEqual([15, 15]);
    rowsOf(ds.x).forEach(([a, b], i) =>
      expect(Math.hypot(a, b)).toBeCloseTo(ds.y.data[i] === 0 ? 1 : 0.3, 12),
    );
  });

  it('with noise keeps the mean radius of each class near 1 and factor', () => {
    const ds = circles(2000, { factor: 0.5, noise: 0.05, seed: 4 });
    const radius = (label: number): number => {
      const r = rowsOf(ds.x)
        .filter((_, i) => ds.y.data[i] === label)
        .map(([a, b]) => Math.hypot(a, b));
      return r.reduce((s, v) => s + v, 0) / r.length;
    };
    expect(radius(0)).toBeCloseTo(1, 1);
    expect(radius(1)).toBeCloseTo(0.5, 1);
  });
});

describe('spirals', () => {
  it('shares n among the classes as equally as possible', () => {
    expect(counts(spirals(10, { classes: 3 }).y, 3)).toEqual([4, 3, 3]);
    expect(counts(spirals(300, { classes: 5, noise: 0.1, seed: 9 }).y, 5)).toEqual([60, 60, 60, 60, 60]);
  });

  it('makes the arms rotated copies of each other, with radii in (0, 1]', () => {
    const k = 4;
    const ds = spirals(40, { classes: k, shuffle: false });
    const rows = rowsOf(ds.x);
    const step = (2 * Math.PI) / k;
    for (let i = 0; i < 10; i++) {
      const [a, b] = rows[i];
      const [c, d] = rows[10 + i];
      expect(Math.hypot(a, b)).toBeCloseTo((i + 1) / 10, 12);
      expect(c).toBeCloseTo(a * Math.cos(step) - b * Math.sin(step), 12);
      expect(d).toBeCloseTo(a * Math.sin(step) + b * Math.cos(step), 12);
    }
  });
});

describe('blobs', () => {
  it('draws the centres in the box and each class around its centre', () => {
    const ds = blobs(3000, { centers: 3, std: 0.5, seed: 5 });
    expect(counts(ds.y, 3)).toEqual([1000, 1000, 1000]);
    expect(ds.centers.shape).toEqual([3, 2]);
    for (const v of ds.centers.data) expect(Math.abs(v)).toBeLessThanOrEqual(10);
    const centres = rowsOf(ds.centers);
    for (let c = 0; c < 3; c++) {
      const m = classMean(ds, c);
      expect(m[0]).toBeCloseTo(centres[c][0], 1);
      expect(m[1]).toBeCloseTo(centres[c][1], 1);
    }
  });

  it('uses given centres, in any number of dimensions, with the given spread', () => {
    const ds = blobs(4000, {
      centers: [
        [0, 0, 0],
        [5, 5, 5],
      ],
      std: 2,
      seed: 6,
    });
    expect(ds.x.shape).toEqual([4000, 3]);
    expect(ds.centers.toArray()).toEqual([
      [0, 0, 0],
      [5, 5, 5],
    ]);
    const xs = rowsOf(ds.x)
      .filter((_, i) => ds.y.data[i] === 1)
      .map((r) => r[2] - 5);
    const sd = Math.sqrt(xs.reduce((s, v) => s + v * v, 0) / xs.length);
    expect(sd).toBeGreaterThan(1.9);
    expect(sd).toBeLessThan(2.1);
  });

  it('puts every point exactly on its centre when std is 0', () => {
    const ds = blobs(6, {
      centers: [
        [1, 2],
        [3, 4],
      ],
      std: 0,
      shuffle: false,
    });
    expect(ds.x.toArray()).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
      [3, 4],
      [3, 4],
      [3, 4],
    ]);
  });
});
