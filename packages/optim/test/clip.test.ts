import { describe, expect, it } from 'vitest';
import type { Variable } from '@bp/autograd';
import { tensor } from '@bp/tensor';
import { clipGradNorm, clipGradValue } from '../src/index.js';
import { expectClose, param } from './helpers.js';

function withGrad(values: number[], grad: number[]): Variable {
  const p = param(values);
  p.grad = tensor(grad);
  return p;
}

describe('clipGradNorm', () => {
  it('returns the total 2-norm over all gradients and scales them by maxNorm/(norm + 1e-6) when above', () => {
    const a = withGrad([0, 0], [3, 4]);
    const b = withGrad([0], [12]);
    const total = clipGradNorm([a, b], 6.5);
    expect(total).toBe(13);
    const coef = 6.5 / (13 + 1e-6);
    expectClose(Array.from(a.grad?.data ?? []), [3 * coef, 4 * coef]);
    expectClose(Array.from(b.grad?.data ?? []), [12 * coef]);
  });

  it('leaves gradients alone when maxNorm/(norm + 1e-6) ≥ 1', () => {
    const a = withGrad([0, 0], [3, 4]);
    const before = a.grad;
    expect(clipGradNorm([a], 6)).toBe(5);
    expect(a.grad).toBe(before);
    expectClose(Array.from(a.grad?.data ?? []), [3, 4]);
  });

  it('at norm = maxNorm still scales by maxNorm/(norm + 1e-6), as PyTorch does', () => {
    const a = withGrad([0, 0], [3, 4]);
    expect(clipGradNorm([a], 5)).toBe(5);
    const coef = 5 / (5 + 1e-6);
    expectClose(Array.from(a.grad?.data ?? []), [3 * coef, 4 * coef]);
  });

  it('supports the infinity norm and ignores parameters without a gradient', () => {
    const a = withGrad([0, 0], [3, -7]);
    const b = param([1]);
    expect(clipGradNorm([a, b], 3.5, { normType: Infinity })).toBe(7);
    expectClose(Array.from(a.grad?.data ?? []), [3 * (3.5 / (7 + 1e-6)), -7 * (3.5 / (7 + 1e-6))]);
    expect(b.grad).toBeNull();
  });

  it('scales each parameter once when one add fed both (each leaf owns its gradient tensor)', () => {
    const a = param([3]);
    const b = param([4]);
    a.add(b).sum().backward();
    expect(a.grad).not.toBe(b.grad);
    const total = clipGradNorm([a, b], 1);
    expect(total).toBeCloseTo(Math.SQRT2, 15);
    const coef = 1 / (Math.SQRT2 + 1e-6);
    expectClose(Array.from(a.grad?.data ?? []), [coef]);
    expectClose(Array.from(b.grad?.data ?? []), [coef]);
  });

  it('throws on a non-finite norm when asked to', () => {
    const a = withGrad([0], [Infinity]);
    expect(() => clipGradNorm([a], 1, { errorIfNonfinite: true })).toThrow(/NaN or Infinity/);
  });
});

describe('clipGradValue', () => {
  it('clamps every entry into [−c, c]', () => {
    const a = withGrad([0, 0, 0], [-5, 0.5, 9]);
    clipGradValue([a], 1);
    expectClose(Array.from(a.grad?.data ?? []), [-1, 0.5, 1]);
  });
});
