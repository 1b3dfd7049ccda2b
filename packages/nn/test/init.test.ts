import { describe, expect, it } from 'vitest';
import { Rng, zeros } from '@bp/tensor';
import { Linear, Parameter, init } from '../src/index.js';

const stats = (d: Float64Array): { mean: number; std: number; maxAbs: number } => {
  const mean = d.reduce((a, b) => a + b, 0) / d.length;
  const std = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / d.length);
  return { mean, std, maxAbs: Math.max(...Array.from(d, Math.abs)) };
};

describe('init', () => {
  it('the same seed gives the same numbers; an Rng advances', () => {
    expect(Array.from(init.normal(zeros([3, 4]), { seed: 5 }).data)).toEqual(
      Array.from(init.normal(zeros([3, 4]), { seed: 5 }).data),
    );
    const rng = new Rng(1);
    const a = Array.from(init.uniform(zeros([4]), { rng }).data);
    const b = Array.from(init.uniform(zeros([4]), { rng }).data);
    expect(a).not.toEqual(b);
  });

  it('fills a Parameter in place', () => {
    const p = new Parameter(zeros([2, 2]));
    const data = p.data;
    init.constant(p, 3);
    expect(p.data).toBe(data);
    expect(p.toArray()).toEqual([
      [3, 3],
      [3, 3],
    ]);
    init.zeros(p);
    expect(p.toArray()).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('uniform stays in [a, b); normal has the asked mean and std', () => {
    const u = init.uniform(zeros([2000]), { a: -2, b: 3, seed: 1 }).data;
    expect(u.every((x) => x >= -2 && x < 3)).toBe(true);
    const n = stats(init.normal(zeros([20000]), { mean: 1, std: 2, seed: 2 }).data);
    expect(n.mean).toBeCloseTo(1, 1);
    expect(n.std).toBeCloseTo(2, 1);
  });

  it('xavier and he scale with the fans of a [out, in] weight', () => {
    expect(init.fans([30, 784])).toEqual({ fanIn: 784, fanOut: 30 });
    const xu = stats(init.xavierUniform(zeros([200, 300]), { seed: 3 }).data);
    expect(xu.maxAbs).toBeLessThanOrEqual(Math.sqrt(6 / 500));
    expect(xu.std).toBeCloseTo(Math.sqrt(2 / 500), 2);
    expect(stats(init.xavierNormal(zeros([200, 300]), { seed: 4 }).data).std).toBeCloseTo(
      Math.sqrt(2 / 500),
      2,
    );
    expect(stats(init.heNormal(zeros([200, 300]), { seed: 5 }).data).std).toBeCloseTo(Math.sqrt(2 / 300), 2);
    expect(init.heNormal).toBe(init.kaimingNormal);
    expect(() => init.xavierUniform(zeros([5]))).toThrow(/at least 2 dimensions/);
  });

  it("Nielsen's scheme: weights and biases ~ N(0, 1), weight drawn before bias from one generator", () => {
    const l = new Linear(100, 50, { init: 'nielsen', seed: 6 });
    const w = stats(l.weight.data.data);
    expect(w.std).toBeCloseTo(1, 1);
    const rng = new Rng(6);
    const expectedW = Array.from({ length: 5000 }, () => rng.normal());
    const expectedB = Array.from({ length: 50 }, () => rng.normal());
    expect(Array.from(l.weight.data.data)).toEqual(expectedW);
    expect(Array.from(l.bias!.data.data)).toEqual(expectedB);
  });

  it('xavier/he layers get zero biases; a custom scheme receives the generator', () => {
    expect(Array.from(new Linear(3, 2, { init: 'xavierUniform' }).bias!.data.data)).toEqual([0, 0]);
    const l = new Linear(2, 2, {
      init: (w, b) => {
        w.data.fill(0.5);
        b?.data.fill(-1);
      },
    });
    expect(l.weight.toArray()).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    expect(l.bias!.toArray()).toEqual([-1, -1]);
  });
});
