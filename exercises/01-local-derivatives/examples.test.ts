// Public examples: run them with `pnpm --filter @bp/exercises test`. A function you have not written yet is
// reported as skipped ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { example } from '@bp/grader/vitest';
import {
  halfSquaredErrorGrad,
  reluPrime,
  sigmoidPrime,
  softplusPrime,
  ssrGradPrediction,
  tanhPrime,
} from './derivatives.js';

example('sigmoidPrime(0) = 0.25', () => {
  expect(sigmoidPrime(0)).toBeCloseTo(0.25, 12);
});

example('sigmoidPrime(−0.5) ≈ 0.2350037122 (a1 = σ(−0.5) = 0.3775406688)', () => {
  expect(sigmoidPrime(-0.5)).toBeCloseTo(0.2350037122, 10);
});

example('reluPrime: 1 for z > 0, 0 for z ≤ 0', () => {
  expect([reluPrime(2), reluPrime(-1), reluPrime(0)]).toEqual([1, 0, 0]);
});

example('softplusPrime(0) = 0.5 and stays finite at z = 1000', () => {
  expect(softplusPrime(0)).toBeCloseTo(0.5, 12);
  expect(softplusPrime(1000)).toBe(1);
});

example('tanhPrime(0) = 1', () => {
  expect(tanhPrime(0)).toBeCloseTo(1, 12);
});

example('halfSquaredErrorGrad(0.5470529419, 1) ≈ −0.4529470581', () => {
  expect(halfSquaredErrorGrad(0.5470529419, 1)).toBeCloseTo(-0.4529470581, 10);
});

example('ssrGradPrediction(0, −2.603665) ≈ −5.20733', () => {
  expect(ssrGradPrediction(0, -2.603665)).toBeCloseTo(-5.20733, 10);
});
