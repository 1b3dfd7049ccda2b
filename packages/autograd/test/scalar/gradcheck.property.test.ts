// Every built-in op against central differences, on random inputs in its domain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Value, centralDifference } from './api.js';
import { isClose } from './helpers.js';

const RTOL = 1e-6;
const ATOL = 1e-6;

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true });
/** Magnitude in [min, max], either sign: keeps x away from 0 (a pole or a kink). */
const awayFromZero = (min: number, max: number) =>
  fc.tuple(real(min, max), fc.boolean()).map(([m, negative]) => (negative ? -m : m));

/** Checks d(upstream·f)/d(input) for every input, so the upstream gradient is exercised too. */
function gradcheck(f: (...xs: Value[]) => Value, inputs: readonly number[], upstream: number): void {
  const leaves = inputs.map((x, i) => new Value(x, { label: `x${i}` }));
  const root = f(...leaves).mul(upstream);
  root.backward();
  for (const leaf of leaves) {
    const numeric = centralDifference(root, leaf);
    expect(
      isClose(leaf.grad, numeric, RTOL, ATOL),
      `${leaf.label}=${leaf.data}: autodiff ${leaf.grad}, numeric ${numeric}`,
    ).toBe(true);
  }
}

interface OpCase {
  name: string;
  f: (...xs: Value[]) => Value;
  inputs: fc.Arbitrary<number[]>;
}

const unary = (name: string, f: (x: Value) => Value, x: fc.Arbitrary<number>): OpCase => ({
  name,
  f: (a) => f(a),
  inputs: x.map((v) => [v]),
});
const binary = (
  name: string,
  f: (a: Value, b: Value) => Value,
  a: fc.Arbitrary<number>,
  b: fc.Arbitrary<number>,
): OpCase => ({
  name,
  f: (x, y) => f(x, y),
  inputs: fc.tuple(a, b).map(([u, v]) => [u, v]),
});

const cases: OpCase[] = [
  binary('add', (a, b) => a.add(b), real(-10, 10), real(-10, 10)),
  binary('sub', (a, b) => a.sub(b), real(-10, 10), real(-10, 10)),
  binary('mul', (a, b) => a.mul(b), real(-10, 10), real(-10, 10)),
  binary('div', (a, b) => a.div(b), real(-10, 10), awayFromZero(0.5, 10)),
  binary('pow (Value exponent)', (a, b) => a.pow(b), real(0.1, 5), real(-3, 3)),
  binary('a·a (same leaf twice via mul)', (a, b) => a.mul(a).add(b), real(-10, 10), real(-10, 10)),
  unary('pow (real number exponent)', (a) => a.pow(2.5), real(0.1, 5)),
  unary('pow (integer exponent, any sign of base)', (a) => a.pow(3), real(-5, 5)),
  unary('pow (negative exponent)', (a) => a.pow(-2), awayFromZero(0.2, 5)),
  unary('neg', (a) => a.neg(), real(-10, 10)),
  unary('exp', (a) => a.exp(), real(-10, 10)),
  unary('log', (a) => a.log(), real(0.01, 100)),
  unary('tanh', (a) => a.tanh(), real(-5, 5)),
  unary('sigmoid', (a) => a.sigmoid(), real(-30, 30)),
  unary('relu', (a) => a.relu(), awayFromZero(0.01, 10)),
  unary('softplus', (a) => a.softplus(), real(-30, 30)),
];

describe('autodiff agrees with central differences', () => {
  for (const { name, f, inputs } of cases) {
    it(name, () => {
      fc.assert(
        fc.property(inputs, real(-3, 3), (xs, upstream) => gradcheck(f, xs, upstream)),
        { numRuns: 200 },
      );
    });
  }

  it('pow with an integer exponent takes a number exponent for each random n', () => {
    fc.assert(
      fc.property(real(-3, 3), fc.integer({ min: 0, max: 6 }), (x, n) => gradcheck((a) => a.pow(n), [x], 1)),
    );
  });
});

describe('edge values', () => {
  it('sigmoid and softplus stay finite and exact in the tails', () => {
    for (const x of [-1000, -745, 745, 1000]) {
      const s = new Value(x).sigmoid();
      const sp = new Value(x).softplus();
      expect(Number.isFinite(s.data) && Number.isFinite(sp.data)).toBe(true);
      if (x > 0) {
        expect([s.data, sp.data]).toEqual([1, x]);
      } else {
        // e^x underflows to 0 (or a subnormal): both are ≈ e^x, never the NaN of ∞/∞.
        for (const v of [s.data, sp.data]) expect(v >= 0 && v < 1e-300).toBe(true);
      }
    }
    // For very negative x, softplus(x) ≈ e^x, far below the 1 that log(1 + e^x) would round to.
    expect(new Value(-40).softplus().data).toBeCloseTo(Math.exp(-40), 25);
  });

  it('relu′(0) is 0, as in PyTorch', () => {
    const x = new Value(0);
    x.relu().backward();
    expect(x.grad).toBe(0);
  });

  it('pow has the limit gradients at a zero base or exponent, not NaN', () => {
    const a = new Value(0);
    const b = new Value(2);
    a.pow(b).backward();
    expect([a.grad, b.grad]).toEqual([0, 0]);
    const c = new Value(0);
    c.pow(0).backward();
    expect(c.grad).toBe(0);
  });
});
