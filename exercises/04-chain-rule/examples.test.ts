// Public examples (the worked example E3). A function you have not written yet is reported as skipped
// ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { example } from '@bp/grader/vitest';
import { forward, gradients, localDerivatives, sgdStep, trainStep } from './chain-rule.js';

const E3 = { x: 1, y: 1, theta1: -0.5, theta2: 0.5 };

example('forward(E3): a1 ≈ 0.3775406688, ŷ = a2 ≈ 0.5470529419, J ≈ 0.1025805187', () => {
  const f = forward(E3);
  expect(f.z1).toBe(-0.5);
  expect(f.a1).toBeCloseTo(0.3775406688, 10);
  expect(f.a2).toBeCloseTo(0.5470529419, 10);
  expect(f.J).toBeCloseTo(0.1025805187, 10);
});

example('localDerivatives(E3): dJ/da2 = a2 − y ≈ −0.4529470581, da1/dz1 ≈ 0.2350037122, dz2/da1 = θ2', () => {
  const d = localDerivatives(E3);
  expect(d.dJ_da2).toBeCloseTo(-0.4529470581, 10);
  expect(d.da1_dz1).toBeCloseTo(0.2350037122, 10);
  expect(d.dz2_da1).toBe(0.5);
  expect(d.dz1_dtheta1).toBe(1);
});

example('gradients(E3) ≈ { dJ_dtheta2: −0.0423728802, dJ_dtheta1: −0.0131876973 }', () => {
  const g = gradients(E3);
  expect(g.dJ_dtheta2).toBeCloseTo(-0.0423728802, 10);
  expect(g.dJ_dtheta1).toBeCloseTo(-0.0131876973, 10);
});

example('sgdStep(E3, 0.1) ≈ { theta1: −0.4986812303, theta2: 0.5042372880 }', () => {
  const t = sgdStep(E3, 0.1);
  expect(t.theta1).toBeCloseTo(-0.4986812303, 10);
  expect(t.theta2).toBeCloseTo(0.504237288, 10);
});

example('trainStep(E3, 0.1): the new ŷ ≈ 0.5474880292 and the new J ≈ 0.1023835419', () => {
  const s = trainStep(E3, 0.1);
  expect(s.yHat).toBeCloseTo(0.5474880292, 10);
  expect(s.newJ).toBeCloseTo(0.1023835419, 10);
  expect(s.newJ).toBeLessThan(s.J);
});
