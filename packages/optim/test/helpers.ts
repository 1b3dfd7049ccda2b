import { Variable } from '@bp/autograd';

/** A parameter vector for f(x) = Σ x². */
export function param(values: readonly number[], label = 'x'): Variable {
  return new Variable([...values], { requiresGrad: true, label });
}

/** Back-propagates f(x) = Σ x² into x.grad (= 2x) through the autograd engine. */
export function backwardSquares(x: Variable): void {
  x.zeroGrad();
  x.mul(x).sum().backward();
}

export function values(x: Variable): number[] {
  return Array.from(x.data.data);
}

/** Rounds to `digits` decimals, to compare with a number printed to that many digits. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Relative-or-absolute closeness for trajectories that must agree to float64 rounding. */
export function expectClose(actual: readonly number[], expected: readonly number[], tol = 1e-12): void {
  if (actual.length !== expected.length) throw new Error(`length ${actual.length} ≠ ${expected.length}`);
  actual.forEach((a, i) => {
    const e = expected[i];
    if (!(Math.abs(a - e) <= tol * Math.max(1, Math.abs(e)))) {
      throw new Error(`entry ${i}: ${a} is not within ${tol} of ${e}`);
    }
  });
}
