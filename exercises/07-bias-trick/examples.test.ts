// Public examples (the input (0, 1) of the worked example). A function you have not written yet is reported as
// skipped ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { example } from '@bp/grader/vitest';
import {
  accuracy,
  appendBiasColumn,
  forwardXor,
  hiddenLayer,
  outputLayer,
  predictClass,
} from './bias-trick.js';

const X = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
const W1 = [
  [0.351, 1.076, 1.116],
  [0.097, -0.165, 0.542],
  [0.457, -0.165, -0.331],
];
const w2 = [0.383, -0.327, -0.329];

example('appendBiasColumn puts a 1 at the end of each row', () => {
  expect(appendBiasColumn([[0, 1]])).toEqual([[0, 1, 1]]);
  expect(appendBiasColumn(X)).toHaveLength(4);
});

example('hiddenLayer([[0, 1, 1]], W1) ≈ [[0.899529, 0.593149, 0.378481]]', () => {
  const h = hiddenLayer([[0, 1, 1]], W1);
  expect(h).toHaveLength(1);
  [0.899529, 0.593149, 0.378481].forEach((v, j) => expect(h[0][j]).toBeCloseTo(v, 6));
});

example('outputLayer for the input (0, 1) ≈ 0.506509', () => {
  const out = outputLayer([[0.8995288043924039, 0.5931493361286236, 0.378481143072389]], w2);
  expect(out).toHaveLength(1);
  expect(out[0]).toBeCloseTo(0.506509, 6);
});

example('predictClass([0.506509]) = [1]; 0.5 itself is class 1', () => {
  expect(predictClass([0.506509, 0.49])).toEqual([1, 0]);
  expect(predictClass([0.5])).toEqual([1]);
  expect(predictClass([0.45], 0.4)).toEqual([1]);
});

example('forwardXor: the example (0, 1) is predicted as class 1', () => {
  const f = forwardXor(X, W1, w2);
  expect(f.withBias[1]).toEqual([0, 1, 1]);
  expect(f.output[1]).toBeCloseTo(0.506509, 6);
  expect(f.classes[1]).toBe(1);
});

example('accuracy([1, 1, 0, 0], [0, 1, 1, 0]) = 0.5', () => {
  expect(accuracy([1, 1, 0, 0], [0, 1, 1, 0])).toBe(0.5);
});
