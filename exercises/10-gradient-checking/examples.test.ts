// Public examples (the chain of exercise E3: weights [−0.5, 0.5], x = 1, y = 1). A function you have not written
// yet is reported as skipped ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { example } from '@bp/grader/vitest';
import {
  backpropGradient,
  centralDifferenceGradient,
  chainCost,
  forwardDifferenceGradient,
  forwardPassCount,
  gradientCheck,
  relativeError,
} from './gradient-check.js';

const weights = [-0.5, 0.5];
const data = { x: [1], y: [1] };

example('chainCost ≈ 0.1025805187', () => {
  expect(chainCost(weights, data)).toBeCloseTo(0.1025805187, 10);
});

example('backpropGradient ≈ [−0.0131876973, −0.0423728802]', () => {
  const g = backpropGradient(weights, data);
  expect(g[0]).toBeCloseTo(-0.0131876973, 10);
  expect(g[1]).toBeCloseTo(-0.0423728802, 10);
});

example('forwardDifferenceGradient with ε = 1e−4 ≈ [−0.0131878091, −0.0423723674]', () => {
  const g = forwardDifferenceGradient(weights, data, 1e-4);
  expect(g[0]).toBeCloseTo(-0.0131878091, 9);
  expect(g[1]).toBeCloseTo(-0.0423723674, 9);
});

example('centralDifferenceGradient with ε = 1e−4 agrees with backprop to ~1e−11', () => {
  const g = centralDifferenceGradient(weights, data, 1e-4);
  expect(g[0]).toBeCloseTo(-0.0131876973, 10);
  expect(g[1]).toBeCloseTo(-0.0423728802, 10);
});

example('relativeError(0.001, 0.003) = 2/3; relativeError(0, 0) = 0', () => {
  expect(relativeError(0.001, 0.003)).toBeCloseTo(2 / 3, 12);
  expect(relativeError(0, 0)).toBe(0);
});

example('gradientCheck flags a component off by a factor of 2', () => {
  const r = gradientCheck([0.2, -0.4, 0.1], [0.2, -0.2, 0.1], { atol: 1e-5, rtol: 1e-3 });
  expect(r.ok).toBe(false);
  expect(r.worstIndex).toBe(1);
  expect(r.worstError).toBeCloseTo(0.2, 12);
});

example('forwardPassCount: P + 1, 2P, and 1 + 1 backward', () => {
  expect(forwardPassCount({ params: 2, method: 'forward' })).toEqual({ forward: 3, backward: 0 });
  expect(forwardPassCount({ params: 2, method: 'central' })).toEqual({ forward: 4, backward: 0 });
  expect(forwardPassCount({ params: 2, method: 'backprop' })).toEqual({ forward: 1, backward: 1 });
});
