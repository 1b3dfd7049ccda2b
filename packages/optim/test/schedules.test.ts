import { describe, expect, it } from 'vitest';
import { CosineAnnealingLR, ExponentialLR, SGD, StepLR, type LRScheduler } from '../src/index.js';
import { backwardSquares, expectClose, param, values } from './helpers.js';

function lrs(scheduler: LRScheduler, epochs: number): number[] {
  const out = [scheduler.getLastLr()];
  for (let e = 0; e < epochs; e++) {
    scheduler.step();
    out.push(scheduler.getLastLr());
  }
  return out;
}

describe('learning-rate schedules', () => {
  it('StepLR: γ₀·gamma^⌊epoch/stepSize⌋', () => {
    const opt = new SGD([param([1])], { lr: 1 });
    const got = lrs(new StepLR(opt, { stepSize: 2, gamma: 0.5 }), 6);
    expectClose(got, [1, 1, 0.5, 0.5, 0.25, 0.25, 0.125]);
    expectClose(
      got,
      got.map((_, e) => 1 * 0.5 ** Math.floor(e / 2)),
    );
  });

  it('StepLR defaults gamma to 0.1', () => {
    const opt = new SGD([param([1])], { lr: 0.5 });
    expectClose(lrs(new StepLR(opt, { stepSize: 1 }), 2), [0.5, 0.05, 0.005]);
  });

  it('ExponentialLR: γ₀·gamma^epoch', () => {
    const opt = new SGD([param([1])], { lr: 0.2 });
    const got = lrs(new ExponentialLR(opt, { gamma: 0.9 }), 10);
    expectClose(
      got,
      got.map((_, e) => 0.2 * 0.9 ** e),
    );
    expectClose(got.slice(0, 3), [0.2, 0.18, 0.162]);
  });

  it('CosineAnnealingLR: η_min + (γ₀ − η_min)(1 + cos(π·epoch/tMax))/2, continuing past tMax', () => {
    const opt = new SGD([param([1])], { lr: 0.1 });
    const got = lrs(new CosineAnnealingLR(opt, { tMax: 4, etaMin: 0.01 }), 8);
    const closed = got.map((_, e) => 0.01 + (0.09 * (1 + Math.cos((Math.PI * e) / 4))) / 2);
    expectClose(got, closed);
    expectClose([got[0], got[2], got[4], got[8]], [0.1, 0.055, 0.01, 0.1]);
  });

  it('writes the rate into the optimizer, which the next step uses', () => {
    const x = param([1]);
    const opt = new SGD([x], { lr: 0.1 });
    const schedule = new StepLR(opt, { stepSize: 1, gamma: 0.5 });
    backwardSquares(x);
    opt.step(); // x = 1 − 0.1·2 = 0.8
    schedule.step();
    expect(opt.lr).toBe(0.05);
    backwardSquares(x);
    opt.step(); // x = 0.8 − 0.05·1.6 = 0.72
    expectClose(values(x), [0.72]);
    expect(schedule.lastEpoch).toBe(1);
    expect(schedule.baseLr).toBe(0.1);
  });
});
