// Tolerance helpers shared by the scalar tests.
import { expect } from 'vitest';

/** |actual − expected| ≤ tol, with both numbers in the failure message. */
export function expectClose(actual: number, expected: number, tol = 1e-9): void {
  expect(Math.abs(actual - expected), `got ${actual}, expected ${expected} ± ${tol}`).toBeLessThanOrEqual(
    tol,
  );
}

/** numpy.isclose's rule: |a − b| ≤ atol + rtol·|b|. */
export function isClose(a: number, b: number, rtol: number, atol: number): boolean {
  return Math.abs(a - b) <= atol + rtol * Math.abs(b);
}
