// Public examples (AND with ±1 labels). A function you have not written yet is reported as skipped
// ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { example } from '@bp/grader/vitest';
import {
  perceptronPredict,
  perceptronUpdate,
  signActivation,
  trainPerceptron,
  xorNeverConverges,
} from './perceptron.js';

const X = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
];
const AND = [-1, -1, -1, 1];

example('signActivation: sign(0) = +1', () => {
  expect([signActivation(0), signActivation(3), signActivation(-0.1)]).toEqual([1, 1, -1]);
});

example('perceptronPredict with w = (1, 1), b = −1 computes AND', () => {
  expect(X.map((x) => perceptronPredict([1, 1], -1, x))).toEqual(AND);
});

example('perceptronUpdate: the first AND example is a mistake at w = 0, b = 0', () => {
  expect(perceptronUpdate([0, 0], 0, [-1, -1], -1, 1)).toEqual({ w: [1, 1], b: -1 });
  expect(perceptronUpdate([1, 1], -1, [1, 1], 1, 1)).toEqual({ w: [1, 1], b: -1 });
});

example('trainPerceptron converges on AND in 2 epochs', () => {
  const t = trainPerceptron(X, AND, { lr: 1, maxEpochs: 100, w0: [0, 0], b0: 0 });
  expect(t.converged).toBe(true);
  expect(t.errorsPerEpoch).toEqual([1, 0]);
  expect(t.epochs).toBe(2);
});

example('xorNeverConverges(3): never an epoch without mistakes', () => {
  const run = xorNeverConverges(3);
  expect(run.converged).toBe(false);
  expect(run.errorsPerEpoch).toHaveLength(3);
  expect(run.minErrors).toBeGreaterThan(0);
});
