// Public examples: the worked example of the statement (x = [1, −2] on f(x) = Σ x², lr 0.1, momentum 0.9).
// A function you have not written yet is reported as skipped ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { example } from '@bp/grader/vitest';
import { adamStep, momentumTrajectory, sgdMomentumStep, sgdStep } from './optimizers.js';

const options = { lr: 0.1, momentum: 0.9, dampening: 0, nesterov: false, weightDecay: 0 };
const close = (received: number[], expected: number[], digits = 9): void => {
  expect(received).toHaveLength(expected.length);
  expected.forEach((v, i) => expect(received[i]).toBeCloseTo(v, digits));
};

example('sgdStep([1, −2], [2, −4], 0.1) = [0.8, −1.6]', () => {
  close(sgdStep([1, -2], [2, -4], 0.1), [0.8, -1.6]);
});

example('sgdMomentumStep: first step b = g = [2, −4], x = [0.8, −1.6]', () => {
  const { params, state } = sgdMomentumStep([1, -2], [2, -4], { buf: null }, options);
  close(state.buf ?? [], [2, -4]);
  close(params, [0.8, -1.6]);
});

example('sgdMomentumStep: second step b = [3.4, −6.8], x = [0.46, −0.92]', () => {
  const { params, state } = sgdMomentumStep([0.8, -1.6], [1.6, -3.2], { buf: [2, -4] }, options);
  close(state.buf ?? [], [3.4, -6.8]);
  close(params, [0.46, -0.92]);
});

example('sgdMomentumStep with Nesterov: first step x = [0.62, −1.24]', () => {
  close(
    sgdMomentumStep([1, -2], [2, -4], { buf: null }, { ...options, nesterov: true }).params,
    [0.62, -1.24],
  );
});

example('adamStep: first step m = [0.2, −0.4], v = [0.004, 0.016], x ≈ [0.9, −1.9]', () => {
  const adam = { lr: 0.1, betas: [0.9, 0.999] as [number, number], eps: 1e-8, weightDecay: 0 };
  const { params, state } = adamStep([1, -2], [2, -4], { step: 0, m: [0, 0], v: [0, 0] }, adam);
  expect(state.step).toBe(1);
  close(state.m, [0.2, -0.4]);
  close(state.v, [0.004, 0.016]);
  close(params, [0.9000000005, -1.90000000025]);
});

example('momentumTrajectory([1, −2], …, 3) = [[1, −2], [0.8, −1.6], [0.46, −0.92], [0.062, −0.124]]', () => {
  const iterates = momentumTrajectory([1, -2], options, 3);
  expect(iterates).toHaveLength(4);
  [
    [1, -2],
    [0.8, -1.6],
    [0.46, -0.92],
    [0.062, -0.124],
  ].forEach((x, k) => close(iterates[k], x));
});
