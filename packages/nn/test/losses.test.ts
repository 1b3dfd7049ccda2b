import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ShapeError, Tensor, tensor } from '@bp/tensor';
import { Variable } from '@bp/autograd';
import { bce, bceWithLogits, crossEntropy, halfMSE, halfSSE, mse, ssr } from '../src/index.js';
import { dimArb, expectGradcheck, sample, seedArb } from './helpers.js';

const v = (x: number[][] | number[]): Variable => new Variable(x);

describe('loss values follow the course’s definitions', () => {
  const yHat = [
    [0.2, 0.9],
    [0.4, 0.1],
    [1.0, 0.5],
  ];
  const y = [
    [0, 1],
    [1, 0],
    [1, 1],
  ];
  const sq = [0.04, 0.01, 0.36, 0.01, 0, 0.25].reduce((a, b) => a + b);

  it('ssr = Σ (y − ŷ)², halfSSE = ½ Σ', () => {
    expect(ssr(v(yHat), y).item()).toBeCloseTo(sq, 15);
    expect(halfSSE(v(yHat), y).item()).toBeCloseTo(sq / 2, 15);
  });

  it('halfMSE = 1/(2N) Σ with N = number of examples (rows), summing over outputs (Nielsen)', () => {
    expect(halfMSE(v(yHat), y).item()).toBeCloseTo(sq / (2 * 3), 15);
    // one output per example: the course's J(θ) = 1/(2N) Σ (y − ŷ)²
    expect(halfMSE(v([[0.5], [0.25]]), [[1], [0]]).item()).toBeCloseTo((0.25 + 0.0625) / 4, 15);
    expect(halfMSE(v([0.5, 0.25]), [1, 0]).item()).toBeCloseTo((0.25 + 0.0625) / 4, 15);
  });

  it('mse = mean over every element (PyTorch)', () => {
    expect(mse(v(yHat), y).item()).toBeCloseTo(sq / 6, 15);
  });

  it('refuses a target whose shape differs instead of broadcasting [N] against [N, 1]', () => {
    expect(() => halfMSE(v([[1], [2]]), [1, 2])).toThrow(ShapeError);
    expect(() => halfMSE(v([[1], [2]]), [1, 2])).toThrow(/reshape the target/);
  });

  it('bce: mean −[y ln p + (1 − y) ln(1 − p)], finite at p = 0 and 1', () => {
    const p = [0.9, 0.2, 0.6];
    const t = [1, 0, 0];
    const expected = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.4)) / 3;
    expect(bce(v(p), t).item()).toBeCloseTo(expected, 15);
    expect(bce(v([0, 1]), [1, 0]).item()).toBe(100);
    expect(() => bce(v([1.5]), [1])).toThrow(/probabilities in \[0, 1\].*bceWithLogits/);
  });

  it('bceWithLogits equals bce of σ(z) and stays finite for huge logits', () => {
    const z = [-3, 0.5, 2];
    const t = [0, 1, 1];
    const p = z.map((x) => 1 / (1 + Math.exp(-x)));
    expect(bceWithLogits(v(z), t).item()).toBeCloseTo(bce(v(p), t).item(), 14);
    expect(bceWithLogits(v([1000, -1000]), [0, 1]).item()).toBe(1000);
  });

  it('crossEntropy: class indices and one-hot rows give the same loss, −mean ln softmax(z)_y', () => {
    const logits = [
      [2, 1, 0.1],
      [0.5, 2.5, -1],
    ];
    const lse = (r: number[]): number => Math.log(r.reduce((s, x) => s + Math.exp(x), 0));
    const expected = (lse(logits[0]) - 2 + (lse(logits[1]) - -1)) / 2;
    expect(crossEntropy(v(logits), [0, 2]).item()).toBeCloseTo(expected, 14);
    expect(
      crossEntropy(v(logits), [
        [1, 0, 0],
        [0, 0, 1],
      ]).item(),
    ).toBeCloseTo(expected, 14);
    expect(crossEntropy(v(logits), tensor([0, 2])).item()).toBeCloseTo(expected, 14);
  });

  it('crossEntropy is stable for large logits (log-sum-exp) and its gradient is (softmax − onehot)/N', () => {
    const z = new Variable(
      [
        [1000, 0],
        [0, -1000],
      ],
      { requiresGrad: true },
    );
    const J = crossEntropy(z, [1, 0]);
    expect(J.item()).toBeCloseTo(500, 10);
    J.backward();
    const g = Array.from(z.grad!.data);
    [0.5, -0.5, 0, 0].forEach((e, i) => expect(g[i]).toBeCloseTo(e, 12));
  });

  it('crossEntropy rejects bad targets', () => {
    expect(() => crossEntropy(v([[1, 2]]), [2])).toThrow(/integer in 0\.\.1/);
    expect(() => crossEntropy(v([[1, 2]]), [0, 1])).toThrow(/one class index per row/);
    expect(() => crossEntropy(v([1, 2]), [0])).toThrow(/\[N, C\]/);
  });
});

describe('loss gradients agree with central differences on random shapes', () => {
  const matrix = fc.tuple(dimArb, dimArb);
  const settings = { numRuns: 25 };
  const squared = { halfMSE, mse, ssr, halfSSE };

  for (const [name, loss] of Object.entries(squared)) {
    it(`${name} (prediction and target)`, () => {
      fc.assert(
        fc.property(fc.array(dimArb, { minLength: 0, maxLength: 3 }), seedArb, (shape, seed) => {
          expectGradcheck((p, y) => loss(p, y), [sample(shape, seed), sample(shape, seed + 1)]);
        }),
        settings,
      );
    });
  }

  it('bce (probabilities in (0.05, 0.95), soft targets)', () => {
    const prob = (x: number): number => 0.05 + 0.9 / (1 + Math.exp(-x));
    fc.assert(
      fc.property(matrix, seedArb, ([n, k], seed) => {
        expectGradcheck((p, y) => bce(p, y), [sample([n, k], seed, prob), sample([n, k], seed + 1, prob)]);
      }),
      settings,
    );
  });

  it('bceWithLogits', () => {
    fc.assert(
      fc.property(matrix, seedArb, ([n, k], seed) => {
        expectGradcheck(
          (z, y) => bceWithLogits(z, y),
          [sample([n, k], seed, (x) => 3 * x), sample([n, k], seed + 1, Math.abs)],
        );
      }),
      settings,
    );
  });

  it('crossEntropy with class indices (logits only)', () => {
    fc.assert(
      fc.property(matrix, seedArb, ([n, c], seed) => {
        const targets = Array.from({ length: n }, (_, i) => (seed + 7 * i) % c);
        expectGradcheck((z) => crossEntropy(z, targets), [sample([n, c], seed, (x) => 3 * x)]);
      }),
      settings,
    );
  });

  it('crossEntropy with probability targets (logits and targets)', () => {
    fc.assert(
      fc.property(matrix, seedArb, ([n, c], seed) => {
        const raw = sample([n, c], seed + 1, Math.exp);
        const probs = new Tensor(
          raw.data.map(
            (x, i) =>
              x /
              Array.from(raw.data.subarray(Math.floor(i / c) * c, Math.floor(i / c) * c + c)).reduce(
                (a, b) => a + b,
              ),
          ),
          [n, c],
        );
        expectGradcheck((z, t) => crossEntropy(z, t), [sample([n, c], seed, (x) => 3 * x), probs]);
      }),
      settings,
    );
  });
});
