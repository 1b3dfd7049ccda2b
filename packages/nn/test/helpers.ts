import { expect } from 'vitest';
import fc from 'fast-check';
import { Rng, Tensor, randn, type NestedArray } from '@bp/tensor';
import { gradcheck, type Variable } from '@bp/autograd';

/** Every element within `digits` decimals of the expected value (|a − e| < ½·10^−digits, i.e. rounds the same). */
export function expectDigits(
  actual: Tensor | number | readonly number[],
  expected: NestedArray,
  digits: number,
): void {
  const a =
    typeof actual === 'number' ? [actual] : actual instanceof Tensor ? Array.from(actual.data) : [...actual];
  const e = [expected].flat(Infinity as 1) as number[];
  expect(a.length).toBe(e.length);
  a.forEach((v, i) =>
    expect(Math.abs(v - e[i]), `element ${i}: ${v} vs ${e[i]}`).toBeLessThan(0.5 * 10 ** -digits + 1e-15),
  );
}

/** max |a − b| ≤ rel · max |b| (relative to the tensor's scale, so entries cancelling to ~0 do not dominate). */
export function expectRelClose(a: Tensor, b: Tensor, rel: number): void {
  expect([...a.shape]).toEqual([...b.shape]);
  let scale = 0;
  let err = 0;
  for (let i = 0; i < b.size; i++) {
    scale = Math.max(scale, Math.abs(b.data[i]));
    err = Math.max(err, Math.abs(a.data[i] - b.data[i]));
  }
  expect(err).toBeLessThanOrEqual(rel * Math.max(scale, 1e-300));
}

export function expectGradcheck(f: (...xs: Variable[]) => Variable, inputs: Tensor[]): void {
  const report = gradcheck(f, inputs, { eps: 1e-6, atol: 1e-6, rtol: 1e-5 });
  expect(report.message).toMatch(/agrees/);
  expect(report.ok).toBe(true);
}

export const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });
export const dimArb = fc.integer({ min: 1, max: 4 });

export function sample(
  shape: readonly number[],
  seed: number,
  map: (x: number) => number = (x) => x,
): Tensor {
  const t = randn(shape, { rng: new Rng(seed) });
  for (let i = 0; i < t.size; i++) t.data[i] = map(t.data[i]);
  return t;
}
