import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '@bp/tensor';
import { Perceptron, isLinearlySeparable, linearSeparation } from '../src/index.js';
import { seedArb } from './helpers.js';

const X = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
];
const AND = [-1, -1, -1, 1];
const XOR = [-1, 1, 1, -1];

describe('Perceptron', () => {
  it('converges on AND with ±1 labels and then classifies every example', () => {
    for (const seed of [0, 1, 2, 3]) {
      const p = new Perceptron(2, { lr: 0.1, seed });
      const r = p.fit(X, AND, { maxEpochs: 100 });
      expect(r.converged).toBe(true);
      expect(r.linearlySeparable).toBe(true);
      expect(r.errorsPerEpoch.at(-1)).toBe(0);
      expect(r.errorsPerEpoch).toHaveLength(r.epochs);
      expect(r.reason).toMatch(/converged after/);
      expect(Array.from(p.predict(X).data)).toEqual(AND);
    }
  });

  it('the rule from zero weights: w ← w + η (y − ŷ) x on each mistake', () => {
    const p = new Perceptron(2, { lr: 1, init: 'zeros' });
    // first example: ŷ = sign(0) = 0 ≠ −1, so w += (−1 − 0)·(−1, −1) = (1, 1), b += −1
    p.fit([[-1, -1]], [-1], { maxEpochs: 1 });
    expect(Array.from(p.weights.data)).toEqual([1, 1]);
    expect(p.bias).toBe(-1);
  });

  it('does not converge on XOR, and says why', () => {
    const p = new Perceptron(2, { lr: 0.1, seed: 0 });
    const r = p.fit(X, XOR, { maxEpochs: 50 });
    expect(r.converged).toBe(false);
    expect(r.epochs).toBe(50);
    expect(r.errorsPerEpoch).toHaveLength(50);
    expect(r.errorsPerEpoch.every((e) => e > 0)).toBe(true);
    expect(r.linearlySeparable).toBe(false);
    expect(r.reason).toMatch(/not linearly separable/);
    expect(r.reason).toMatch(/XOR/);
  });

  it('separable data that needs more epochs is reported as such', () => {
    const p = new Perceptron(2, { lr: 1, init: 'zeros' });
    const r = p.fit(
      [
        [1, 0.01],
        [1, -0.01],
      ],
      [1, -1],
      { maxEpochs: 1 },
    );
    expect(r.converged).toBe(false);
    expect(r.errorsPerEpoch).toEqual([2]);
    expect(r.linearlySeparable).toBe(true);
    expect(r.reason).toMatch(/raise maxEpochs/);
    // the margin is 0.01, so the mistake bound (R/γ)² is about 2·10⁴
    expect(
      p.fit(
        [
          [1, 0.01],
          [1, -0.01],
        ],
        [1, -1],
        { maxEpochs: 20000 },
      ).converged,
    ).toBe(true);
    const q = new Perceptron(1, { lr: 0.01, init: 'zeros', bias: false });
    const s = q.fit([[1], [1000]], [1, 1], { maxEpochs: 1 });
    expect(s.converged).toBe(false);
    expect(s.reason).toMatch(/linearly separable, so by the perceptron convergence theorem/);
  });

  it('rejects 0/1 labels with a hint', () => {
    expect(() => new Perceptron(2).fit(X, [0, 0, 0, 1])).toThrow(
      /labels must be −1 or \+1 \(map 0\/1 labels with y ↦ 2y − 1\)/,
    );
  });

  it('the same seed gives the same run', () => {
    const a = new Perceptron(2, { seed: 9, lr: 0.3 }).fit(X, AND, { shuffle: true });
    const b = new Perceptron(2, { seed: 9, lr: 0.3 }).fit(X, AND, { shuffle: true });
    expect(a).toEqual(b);
  });
});

describe('linear separability (exact, by linear programming)', () => {
  it('AND and OR are separable, XOR and XNOR are not', () => {
    expect(isLinearlySeparable(X, AND)).toBe(true);
    expect(isLinearlySeparable(X, [-1, 1, 1, 1])).toBe(true);
    expect(isLinearlySeparable(X, XOR)).toBe(false);
    expect(isLinearlySeparable(X, [1, -1, -1, 1])).toBe(false);
    expect(isLinearlySeparable([[0], [1], [2]], [1, -1, 1])).toBe(false);
  });

  it('without bias the hyperplane passes through the origin', () => {
    expect(isLinearlySeparable([[1], [2]], [1, -1])).toBe(true);
    expect(isLinearlySeparable([[1], [2]], [1, -1], { bias: false })).toBe(false);
    expect(isLinearlySeparable([[1], [-2]], [1, -1], { bias: false })).toBe(true);
  });

  it('returns a separating hyperplane as a certificate', () => {
    const r = linearSeparation(X, AND);
    expect(r.separable).toBe(true);
    X.forEach((x, i) =>
      expect(AND[i] * (r.weights![0] * x[0] + r.weights![1] * x[1] + r.bias!)).toBeGreaterThan(0.999),
    );
  });

  it('random data labelled by a random hyperplane is separable (with a certificate), and the perceptron converges on it', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 25 }), (seed, d, n) => {
        const rng = new Rng(seed);
        const w = Array.from({ length: d }, () => rng.normal());
        const b = rng.normal();
        const rows: number[][] = [];
        const labels: number[] = [];
        while (rows.length < n) {
          const x = Array.from({ length: d }, () => 3 * rng.normal());
          const s = x.reduce((acc, xi, k) => acc + xi * w[k], b);
          if (Math.abs(s) < 0.1) continue; // a margin, so the perceptron's mistake bound is small
          rows.push(x);
          labels.push(s > 0 ? 1 : -1);
        }
        const r = linearSeparation(rows, labels);
        expect(r.separable).toBe(true);
        rows.forEach((x, i) =>
          expect(labels[i] * x.reduce((acc, xi, k) => acc + xi * r.weights![k], r.bias!)).toBeGreaterThan(
            0.99,
          ),
        );
        expect(new Perceptron(d, { seed }).fit(rows, labels, { maxEpochs: 5000 }).converged).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('a point and its copy with the opposite label is never separable', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const rng = new Rng(seed);
        const rows = Array.from({ length: 5 }, () => [rng.normal(), rng.normal()]);
        const labels = rows.map((): number => (rng.random() < 0.5 ? 1 : -1));
        rows.push([...rows[0]]);
        labels.push(-labels[0]);
        expect(isLinearlySeparable(rows, labels)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});
