import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SGD } from '../src/index.js';
import { backwardSquares, expectClose, param, values } from './helpers.js';

interface Hyper {
  lr: number;
  momentum?: number;
  dampening?: number;
  nesterov?: boolean;
  weightDecay?: number;
  maximize?: boolean;
}

/**
 * torch.optim.SGD written out with plain numbers for f(x) = Σ x² (∇ = 2x):
 *   g ← ∇ (negated when maximizing); g ← g + λθ;
 *   if μ ≠ 0: b ← g at t = 1, else b ← μb + (1 − τ)g; g ← g + μb (nesterov) or g ← b;
 *   θ ← θ − γg.
 */
function referenceSGD(x0: readonly number[], steps: number, h: Hyper): number[][] {
  const {
    lr,
    momentum: mu = 0,
    dampening: tau = 0,
    nesterov = false,
    weightDecay: lambda = 0,
    maximize = false,
  } = h;
  const theta = [...x0];
  const b = theta.map(() => 0);
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    for (let j = 0; j < theta.length; j++) {
      let g = 2 * theta[j];
      if (maximize) g = -g;
      g = g + lambda * theta[j];
      if (mu !== 0) {
        b[j] = t === 1 ? g : mu * b[j] + (1 - tau) * g;
        g = nesterov ? g + mu * b[j] : b[j];
      }
      theta[j] = theta[j] - lr * g;
    }
    out.push([...theta]);
  }
  return out;
}

function runSGD(x0: readonly number[], steps: number, h: Hyper): number[][] {
  const x = param(x0);
  const opt = new SGD([x], h);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    backwardSquares(x);
    opt.step();
    out.push(values(x));
  }
  return out;
}

const x0 = [1.5, -0.75, 0.2];

describe('SGD on f(x) = Σ x²', () => {
  const cases: [string, Hyper][] = [
    ['plain', { lr: 0.1 }],
    ['momentum', { lr: 0.05, momentum: 0.9 }],
    ['momentum with dampening', { lr: 0.05, momentum: 0.9, dampening: 0.3 }],
    ['nesterov', { lr: 0.05, momentum: 0.8, nesterov: true }],
    ['weight decay', { lr: 0.1, weightDecay: 0.2 }],
    ['weight decay with momentum', { lr: 0.05, momentum: 0.5, weightDecay: 0.1 }],
    ['maximize', { lr: 0.01, maximize: true }],
    ['maximize with momentum', { lr: 0.01, momentum: 0.9, maximize: true }],
  ];
  for (const [name, h] of cases) {
    it(`${name}: 12 steps match the documented update`, () => {
      const got = runSGD(x0, 12, h);
      const want = referenceSGD(x0, 12, h);
      got.forEach((row, t) => expectClose(row, want[t]));
    });
  }

  it('plain steps by hand: x ← x − 0.1·2x = 0.8x', () => {
    const got = runSGD([1], 3, { lr: 0.1 });
    expectClose(got.flat(), [0.8, 0.64, 0.512]);
  });

  it('does not dampen the first momentum step (b₁ = g₁, then b₂ = μb₁ + (1 − τ)g₂)', () => {
    // x0 = 1, γ = 0.1, μ = 0.9, τ = 0.5. Step 1: g = 2, b = 2, x = 0.8 (a damped first step would give b = 1, x = 0.9).
    // Step 2: g = 1.6, b = 0.9·2 + 0.5·1.6 = 2.6, x = 0.8 − 0.26 = 0.54.
    const got = runSGD([1], 2, { lr: 0.1, momentum: 0.9, dampening: 0.5 });
    expectClose(got.flat(), [0.8, 0.54]);
  });

  it('nesterov by hand: g + μb', () => {
    // x0 = 1, γ = 0.1, μ = 0.9. Step 1: g = 2, b = 2, step g + μb = 3.8, x = 0.62.
    // Step 2: g = 1.24, b = 1.8 + 1.24 = 3.04, step 1.24 + 2.736 = 3.976, x = 0.62 − 0.3976 = 0.2224.
    const got = runSGD([1], 2, { lr: 0.1, momentum: 0.9, nesterov: true });
    expectClose(got.flat(), [0.62, 0.2224]);
  });

  it('weight decay adds λθ to the gradient: x ← x − γ(2x + λx)', () => {
    const got = runSGD([1], 1, { lr: 0.1, weightDecay: 0.5 });
    expectClose(got.flat(), [1 - 0.1 * 2.5]);
  });

  it('maximize climbs: x ← x + γ·2x', () => {
    const got = runSGD([1], 2, { lr: 0.1, maximize: true });
    expectClose(got.flat(), [1.2, 1.44]);
  });

  it('maximize with weight decay negates the gradient before adding λθ (PyTorch implementation), so decay still shrinks θ', () => {
    // g = −2x + λx = −2 + 0.5 = −1.5 → x = 1 + 0.15 = 1.15
    const got = runSGD([1], 1, { lr: 0.1, maximize: true, weightDecay: 0.5 });
    expectClose(got.flat(), [1.15]);
    expectClose(referenceSGD([1], 1, { lr: 0.1, maximize: true, weightDecay: 0.5 }).flat(), [1.15]);
  });

  it('updates the parameter in place: the same Tensor and Float64Array before and after', () => {
    const x = param([1, 2]);
    const tensorBefore = x.data;
    const arrayBefore = x.data.data;
    const opt = new SGD([x], { lr: 0.1, momentum: 0.9 });
    backwardSquares(x);
    opt.step();
    expect(x.data).toBe(tensorBefore);
    expect(x.data.data).toBe(arrayBefore);
    expectClose(values(x), [0.8, 1.6]);
  });

  it('skips parameters without a gradient and starts their momentum on their own first step', () => {
    const a = param([1]);
    const b = param([1]);
    const opt = new SGD([a, b], { lr: 0.1, momentum: 0.9, dampening: 0.5 });
    backwardSquares(a);
    b.zeroGrad();
    opt.step();
    expectClose(values(a), [0.8]);
    expectClose(values(b), [1]);
    backwardSquares(a);
    backwardSquares(b);
    opt.step();
    expectClose(values(a), [0.54]);
    expectClose(values(b), [0.8]); // b's first step: undamped
  });

  it('zeroGrad clears every gradient', () => {
    const a = param([1]);
    const b = param([2]);
    const opt = new SGD([a, b], { lr: 0.1 });
    backwardSquares(a);
    backwardSquares(b);
    opt.zeroGrad();
    expect(a.grad).toBeNull();
    expect(b.grad).toBeNull();
  });

  it('matches the documented update on random vectors and hyperparameters (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.boolean(),
        (start, steps, lr, momentum, dampening, nesterovWanted, weightDecay, maximize) => {
          const nesterov = nesterovWanted && momentum > 0;
          const h: Hyper = {
            lr,
            momentum,
            dampening: nesterov ? 0 : dampening,
            nesterov,
            weightDecay,
            maximize,
          };
          const got = runSGD(start, steps, h);
          const want = referenceSGD(start, steps, h);
          got.forEach((row, t) => expectClose(row, want[t], 1e-11));
        },
      ),
      { numRuns: 200, seed: 1234 },
    );
  });
});
