// Public examples (the worked example E2). A function you have not written yet is reported as skipped
// ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { example } from '@bp/grader/vitest';
import { backwardNodes, costOfDerivatives, forwardNodes, nudgeCheck } from './graph.js';

const E2 = { x: 1, y: 5, w1: 2, b1: 0, w2: 3, b2: 1 };

example('forwardNodes(E2) = { t1: 2, z1: 2, a1: 2, t2: 6, z2: 7, a2: 7, J: 2 }', () => {
  expect(forwardNodes(E2)).toEqual({ t1: 2, z1: 2, a1: 2, t2: 6, z2: 7, a2: 7, J: 2 });
});

example('forwardNodes with w1 = −2: the first ReLU is off, a1 = 0, a2 = 1, J = 8', () => {
  const n = forwardNodes({ ...E2, w1: -2 });
  [-2, 0, 1, 8].forEach((v, i) => expect([n.z1, n.a1, n.a2, n.J][i]).toBeCloseTo(v, 12));
});

example('backwardNodes(E2): dJ/dw2 = 4, dJ/da1 = 6, dJ/dw1 = 6', () => {
  expect(backwardNodes(E2)).toEqual({
    dJ_da2: 2,
    dJ_dz2: 2,
    dJ_db2: 2,
    dJ_dt2: 2,
    dJ_dw2: 4,
    dJ_da1: 6,
    dJ_dz1: 6,
    dJ_db1: 6,
    dJ_dt1: 6,
    dJ_dw1: 6,
  });
});

example('nudgeCheck(E2, "w1", 0.001): J goes from 2 to 2.0060045, estimate ≈ 6.0045', () => {
  const c = nudgeCheck(E2, 'w1', 0.001);
  expect(c.before).toBe(2);
  expect(c.after).toBeCloseTo(2.0060045, 10);
  expect(c.estimate).toBeCloseTo(6.0045, 6);
});

example('costOfDerivatives(7, 4) = { nudging: 28, backprop: 11 }', () => {
  expect(costOfDerivatives(7, 4)).toEqual({ nudging: 28, backprop: 11 });
});
