// Public examples (the worked example). A function you have not written yet is reported as skipped
// ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { evaluate } from 'mathjs';
import { example } from '@bp/grader/vitest';
import { collapsedExpression, collapseLayers, collapseToAffine, mlpForwardLinear } from './linear-mlp.js';

const W1 = [
  [1, -1],
  [2, 0.5],
];
const b1 = [0.5, -1];
const W2 = [[1, 3]];
const b2 = [0.25];

example('mlpForwardLinear([1, 2], …, c = 2) gives output [11.25]', () => {
  expect(mlpForwardLinear([1, 2], W1, b1, W2, b2, 2)).toEqual({
    z1: [-0.5, 2],
    a1: [-1, 4],
    output: [11.25],
  });
});

example('collapseToAffine(…, c = 2) = { W: [[14, 1]], b: [−4.75] }', () => {
  const { W, b } = collapseToAffine(W1, b1, W2, b2, 2);
  expect(W).toEqual([[14, 1]]);
  expect(b).toEqual([-4.75]);
});

example('collapseLayers with a third layer W3 = [[−1]], b3 = [0.5]', () => {
  const { W, b } = collapseLayers(
    [
      { W: W1, b: b1 },
      { W: W2, b: b2 },
      { W: [[-1]], b: [0.5] },
    ],
    2,
  );
  expect(W).toEqual([[-28, -2]]);
  expect(b).toEqual([10]);
});

example('collapsedExpression(2) evaluates like c·w2·w1 and c·w2·b1 + b2', () => {
  const { slope, intercept } = collapsedExpression(2);
  const scope = { c: 2, w1: 3, b1: 0.5, w2: -1, b2: 0.25 };
  expect(evaluate(slope, { ...scope })).toBeCloseTo(-6, 12);
  expect(evaluate(intercept, { ...scope })).toBeCloseTo(-0.75, 12);
});
