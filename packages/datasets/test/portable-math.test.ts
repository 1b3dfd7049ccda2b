import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '@bp/tensor';
import { portableCos as cos, portableLog as log, portableSin as sin } from '@bp/tensor';
import { gaussian } from '../src/gaussian.js';

// The generators use these instead of Math.sin/cos/log so that a seed gives the same bits in every engine.
describe('portable math', () => {
  it('sin and cos agree with Math to about one rounding for the angles the generators use', () => {
    fc.assert(
      fc.property(fc.double({ min: -200, max: 200, noNaN: true }), (x) => {
        expect(Math.abs(sin(x) - Math.sin(x))).toBeLessThanOrEqual(4e-16);
        expect(Math.abs(cos(x) - Math.cos(x))).toBeLessThanOrEqual(4e-16);
      }),
      { numRuns: 2000 },
    );
    expect(sin(0)).toBe(0);
    expect(cos(0)).toBe(1);
    expect(sin(Math.PI / 2)).toBe(1);
  });

  it('log agrees with Math.log to about one rounding, including tiny and subnormal inputs', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }), (x) => {
        const want = Math.log(x);
        expect(Math.abs(log(x) - want)).toBeLessThanOrEqual(3e-16 * Math.max(1, Math.abs(want)));
      }),
      { numRuns: 2000 },
    );
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
  });

  it('refuses angles where the simple range reduction would lose accuracy', () => {
    expect(() => sin(1e7)).toThrow(RangeError);
  });

  it('gaussian draws have mean 0 and variance 1', () => {
    const rng = new Rng(3);
    const xs = Array.from({ length: 20000 }, () => gaussian(rng));
    const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
    const variance = xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
  });
});
