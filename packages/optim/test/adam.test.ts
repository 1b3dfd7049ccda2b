import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Adam, AdamW } from '../src/index.js';
import { backwardSquares, expectClose, param, values } from './helpers.js';

interface Hyper {
  lr?: number;
  betas?: [number, number];
  eps?: number;
  weightDecay?: number;
  amsgrad?: boolean;
  maximize?: boolean;
}

/**
 * torch.optim.Adam / AdamW written out with plain numbers. `grads(t, θ)` gives ∇ at step t.
 *   g ← ∇ (negated when maximizing); Adam: g ← g + λθ; AdamW: θ ← θ − γλθ;
 *   m ← β1 m + (1 − β1) g; v ← β2 v + (1 − β2) g²; m̂ = m / (1 − β1ᵗ);
 *   v̂ = v / (1 − β2ᵗ), or with AMSGrad v_max ← max(v_max, v), v̂ = v_max / (1 − β2ᵗ);
 *   θ ← θ − γ m̂ / (√v̂ + ε).
 */
function referenceAdam(
  x0: readonly number[],
  steps: number,
  h: Hyper,
  decoupled: boolean,
  grads: (t: number, theta: readonly number[]) => number[] = (_t, theta) => theta.map((v) => 2 * v),
): number[][] {
  const lr = h.lr ?? 1e-3;
  const [b1, b2] = h.betas ?? [0.9, 0.999];
  const eps = h.eps ?? 1e-8;
  const lambda = h.weightDecay ?? (decoupled ? 1e-2 : 0);
  const theta = [...x0];
  const m = theta.map(() => 0);
  const v = theta.map(() => 0);
  const vMax = theta.map(() => 0);
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const grad = grads(t, theta);
    for (let j = 0; j < theta.length; j++) {
      let g = h.maximize ? -grad[j] : grad[j];
      if (decoupled) theta[j] = theta[j] - lr * lambda * theta[j];
      else g = g + lambda * theta[j];
      m[j] = b1 * m[j] + (1 - b1) * g;
      v[j] = b2 * v[j] + (1 - b2) * g * g;
      const mHat = m[j] / (1 - b1 ** t);
      let vHat = v[j] / (1 - b2 ** t);
      if (h.amsgrad) {
        vMax[j] = Math.max(vMax[j], v[j]);
        vHat = vMax[j] / (1 - b2 ** t);
      }
      theta[j] = theta[j] - (lr * mHat) / (Math.sqrt(vHat) + eps);
    }
    out.push([...theta]);
  }
  return out;
}

function run(kind: 'Adam' | 'AdamW', x0: readonly number[], steps: number, h: Hyper): number[][] {
  const x = param(x0);
  const opt = kind === 'Adam' ? new Adam([x], h) : new AdamW([x], h);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    backwardSquares(x);
    opt.step();
    out.push(values(x));
  }
  return out;
}

const x0 = [1.5, -0.75, 0.2];

describe('Adam and AdamW on f(x) = Σ x²', () => {
  const cases: [string, Hyper][] = [
    ['defaults', {}],
    ['lr 0.1', { lr: 0.1 }],
    ['weight decay', { lr: 0.1, weightDecay: 0.3 }],
    ['amsgrad', { lr: 0.1, amsgrad: true }],
    ['amsgrad with weight decay', { lr: 0.05, amsgrad: true, weightDecay: 0.1 }],
    ['other betas and eps', { lr: 0.2, betas: [0.5, 0.9], eps: 1e-3 }],
    ['maximize', { lr: 0.1, maximize: true }],
  ];
  for (const kind of ['Adam', 'AdamW'] as const) {
    for (const [name, h] of cases) {
      it(`${kind}, ${name}: 25 steps match the documented update`, () => {
        const got = run(kind, x0, 25, h);
        const want = referenceAdam(x0, 25, h, kind === 'AdamW');
        got.forEach((row, t) => expectClose(row, want[t]));
      });
    }
  }

  it("Adam's first step moves each entry by about γ against the gradient sign (m̂ = g, v̂ = g²)", () => {
    const got = run('Adam', [2, -3], 1, { lr: 0.1 });
    expectClose(got[0], [2 - (0.1 * 4) / (4 + 1e-8), -3 + (0.1 * 6) / (6 + 1e-8)]);
  });

  it('AdamW decays θ by γλθ outside the moments; Adam feeds λθ into them', () => {
    // First step with g = 2θ, θ = 1, γ = 0.1, λ = 0.5:
    // AdamW: θ ← 1 − 0.05 = 0.95, then − 0.1·2/(2 + ε) → 0.85.  Adam: g = 2.5, θ ← 1 − 0.1·2.5/(2.5 + ε) → 0.9.
    expectClose(run('AdamW', [1], 1, { lr: 0.1, weightDecay: 0.5 })[0], [0.95 - (0.1 * 2) / (2 + 1e-8)]);
    expectClose(run('Adam', [1], 1, { lr: 0.1, weightDecay: 0.5 })[0], [1 - (0.1 * 2.5) / (2.5 + 1e-8)]);
  });

  it('AdamW defaults to weightDecay 1e-2 and Adam to 0', () => {
    expect(new AdamW([param([1])]).options.weightDecay).toBe(1e-2);
    expect(new Adam([param([1])]).options.weightDecay).toBe(0);
  });

  it('AMSGrad keeps the running maximum of the raw v and bias-corrects it with the current step', () => {
    // A large gradient then small ones: v falls, so v_max stays at step 1's v. Keeping the maximum of the
    // bias-corrected v̂ instead would give a different second step, so this pins the rule.
    const gradsSeq = [[10], [0.1], [0.1], [0.1]];
    const x = param([1]);
    const opt = new Adam([x], { lr: 0.1, amsgrad: true });
    const got: number[][] = [];
    for (const g of gradsSeq) {
      x.zeroGrad();
      x.mul(g[0]).sum().backward(); // ∂(g·x)/∂x = g
      opt.step();
      got.push(values(x));
    }
    const want = referenceAdam(
      [1],
      gradsSeq.length,
      { lr: 0.1, amsgrad: true },
      false,
      (t) => gradsSeq[t - 1],
    );
    got.forEach((row, t) => expectClose(row, want[t]));
    // The other reading (max over v̂) differs at step 2 by more than rounding:
    const vHat1 = (0.001 * 100) / 0.001;
    const m2 = (0.9 * 1 + 0.1 * 0.1) / (1 - 0.81);
    const alternative = want[0][0] - (0.1 * m2) / (Math.sqrt(vHat1) + 1e-8);
    expect(Math.abs(alternative - got[1][0])).toBeGreaterThan(1e-3);
  });

  it('updates in place', () => {
    const x = param([1, 2]);
    const before = x.data.data;
    const opt = new AdamW([x], { lr: 0.1 });
    backwardSquares(x);
    opt.step();
    expect(x.data.data).toBe(before);
  });

  it('matches the documented update on random inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 15 }),
        fc.double({ min: 1e-4, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        (start, steps, lr, b1, b2, weightDecay, amsgrad, decoupled) => {
          const h: Hyper = { lr, betas: [b1, b2], weightDecay, amsgrad };
          const got = run(decoupled ? 'AdamW' : 'Adam', start, steps, h);
          const want = referenceAdam(start, steps, h, decoupled);
          got.forEach((row, t) => expectClose(row, want[t], 1e-10));
        },
      ),
      { numRuns: 200, seed: 99 },
    );
  });
});
