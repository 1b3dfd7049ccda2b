// Public examples (the first two steps of the worked example). A function you have not written yet is reported
// as skipped ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { example } from '@bp/grader/vitest';
import { fitB3, gradientStep, predict, ssr, ssrSlopeB3 } from './final-bias.js';

const dosages = [0, 0.5, 1];
const observed = [0, 1, 0];

example('predict(dosages, 0) ≈ [−2.603665, −1.609019, −2.614870]', () => {
  const p = predict(dosages, 0);
  expect(p).toHaveLength(3);
  [-2.603665, -1.609019, -2.61487].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 6));
});

example('ssr at b3 = 0 ≈ 20.423598', () => {
  expect(ssr(observed, [-2.603665238, -1.609019318, -2.614869634])).toBeCloseTo(20.423598, 5);
});

example('ssrSlopeB3 at b3 = 0 ≈ −15.655108', () => {
  expect(ssrSlopeB3(observed, [-2.603665238, -1.609019318, -2.614869634])).toBeCloseTo(-15.655108, 5);
});

example('first step: slope −15.655108, step size −1.565511, new b3 1.565511', () => {
  const step = gradientStep(dosages, observed, 0, 0.1);
  expect(step.slope).toBeCloseTo(-15.655108, 5);
  expect(step.stepSize).toBeCloseTo(-1.565511, 5);
  expect(step.newB3).toBeCloseTo(1.565511, 5);
});

example('fitB3 converges near 2.61', () => {
  const fit = fitB3(dosages, observed, { b3: 0, learningRate: 0.1, tolerance: 0.001, maxSteps: 1000 });
  expect(fit.b3).toBeCloseTo(2.61, 2);
  expect(fit.history[1].ssr).toBeCloseTo(3.267828, 5);
  expect(fit.history).toHaveLength(fit.steps);
});
