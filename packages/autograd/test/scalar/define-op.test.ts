// defineScalarOp: the one public way to write an op, as a student would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Value,
  centralDifference,
  compareDerivatives,
  defineScalarOp,
  detectAnomaly,
  symbolicGradient,
} from './api.js';
import { isClose } from './helpers.js';

const sin = defineScalarOp({
  name: 'sin',
  forward: (x) => Math.sin(x),
  backward: (grad, _out, x) => [grad * Math.cos(x)],
  expression: (x) => `sin(${x})`,
});

// x·y + x/y as one node, to check an op with two inputs.
const mulPlusRatio = defineScalarOp({
  name: 'mulPlusRatio',
  forward: (x, y) => x * y + x / y,
  backward: (grad, _out, x, y) => [grad * (y + 1 / y), grad * (x - x / (y * y))],
  expression: (x, y) => `(${x}) * (${y}) + (${x}) / (${y})`,
});

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true });

describe('a user-defined op', () => {
  it('builds graph nodes like a built-in one', () => {
    const x = new Value(0.5, { label: 'x' });
    const y = sin(x);
    expect(y.op).toBe('sin');
    expect(y.parents).toEqual([x]);
    expect(y.data).toBe(Math.sin(0.5));
    expect(sin(2).parents[0].constant).toBe(true);
  });

  it('passes a gradcheck against central differences and mathjs', () => {
    fc.assert(
      fc.property(real(-5, 5), real(0.5, 4), (a, b) => {
        const x = new Value(a, { label: 'x' });
        const y = new Value(b, { label: 'y' });
        const root = sin(mulPlusRatio(x, y)).mul(x);
        root.backward();
        for (const leaf of [x, y]) {
          expect(isClose(leaf.grad, centralDifference(root, leaf), 1e-6, 1e-7)).toBe(true);
          expect(isClose(leaf.grad, symbolicGradient(root, leaf), 1e-9, 1e-12)).toBe(true);
        }
      }),
    );
  });

  it('with a wrong backward is caught by the comparison table', () => {
    const wrongSin = defineScalarOp({
      name: 'wrongSin',
      forward: (x) => Math.sin(x),
      backward: (grad, _out, x) => [-grad * Math.cos(x)], // sign error
      expression: (x) => `sin(${x})`,
    });
    const [row] = compareDerivatives(wrongSin(new Value(0.3, { label: 'x' })));
    expect(isClose(row.symbolic, Math.cos(0.3), 1e-12, 0)).toBe(true);
    expect(isClose(row.numeric, Math.cos(0.3), 1e-8, 0)).toBe(true);
    expect(isClose(row.automatic, row.numeric, 1e-3, 1e-3)).toBe(false);
  });

  it('is told when called with the wrong number of arguments, or when backward returns too few', () => {
    expect(() => sin(1, 2)).toThrow(/sin: expected 1 argument\(s\), got 2/);
    const broken = defineScalarOp({ name: 'broken', forward: (x, y) => x + y, backward: (grad) => [grad] });
    const z = broken(new Value(1), new Value(2));
    expect(() => z.backward()).toThrow(/broken: backward returned 1 gradient\(s\) for 2 input\(s\)/);
  });

  it('runs its kernel, when it gives one, and its backward in anomaly mode', () => {
    let kernelCalls = 0;
    const square = defineScalarOp({
      name: 'square',
      forward: (x) => x * x,
      backward: (grad, _out, x) => [2 * x * grad],
      kernel: (out, x) => {
        kernelCalls++;
        x.addPendingGrad(2 * x.data * out.pendingGrad());
      },
    });
    const x = new Value(3);
    square(x).mul(5).backward();
    expect([x.grad, kernelCalls]).toEqual([30, 1]);
    x.zeroGrad();
    detectAnomaly(() => square(x).mul(5).backward());
    expect([x.grad, kernelCalls]).toEqual([30, 1]);
  });

  it('refuses a kernel on an op of more than two inputs, which the engine could not hand it', () => {
    const spec = { name: 'sum3', backward: (g: number) => [g, g, g], kernel: () => undefined };
    expect(() => defineScalarOp({ ...spec, forward: (a, b, c) => a + b + c })).toThrow(
      /op 'sum3' has a kernel but 3 inputs/,
    );
    expect(() => defineScalarOp({ ...spec, forward: (...xs) => xs.length })).toThrow(/any number of inputs/);
  });

  it('may be variadic', () => {
    const sum = defineScalarOp({
      name: 'sum',
      forward: (...xs) => xs.reduce((s, x) => s + x, 0),
      backward: (grad, _out, ...xs) => xs.map(() => grad),
    });
    const leaves = [1, 2, 3, 4].map((d) => new Value(d));
    const total = sum(...leaves);
    total.backward();
    expect(total.data).toBe(10);
    expect(leaves.map((leaf) => leaf.grad)).toEqual([1, 1, 1, 1]);
  });
});
