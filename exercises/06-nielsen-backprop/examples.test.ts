// Public examples (the worked example, a Network([2, 3, 2])). A function you have not written yet is reported as
// skipped ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { example } from '@bp/grader/vitest';
import { backprop, evaluate, feedforward, updateMiniBatch } from './network.js';

const weights = [
  [
    [0.1, -0.2],
    [0.4, 0.3],
    [-0.5, 0.2],
  ],
  [
    [0.3, -0.1, 0.5],
    [-0.4, 0.2, 0.1],
  ],
];
const biases = [
  [0.1, -0.1, 0.2],
  [0.05, -0.05],
];

/** Same nesting and every number within 5e-6 (the statement's numbers have 6 decimals). */
const close = (actual: unknown, expected: unknown): void => {
  if (typeof expected === 'number') {
    expect(actual).toBeCloseTo(expected, 5);
    return;
  }
  const e = expected as unknown[];
  expect(actual).toHaveLength(e.length);
  e.forEach((v, i) => close((actual as unknown[])[i], v));
};

example('feedforward(x = [1, 0.5]) ≈ [0.591824, 0.476805]', () => {
  close(feedforward(weights, biases, [1, 0.5]), [0.591824, 0.476805]);
});

example('backprop(x = [1, 0.5], y = [1, 0]): nablaB and nablaW, layer by layer', () => {
  const { nablaB, nablaW } = backprop(weights, biases, [1, 0.5], [1, 0]);
  close(nablaB, [
    [-0.019241, 0.008, -0.009259],
    [-0.098602, 0.118945],
  ]);
  close(nablaW[1], [
    [-0.051764, -0.06021, -0.044387],
    [0.062443, 0.072632, 0.053545],
  ]);
  close(nablaW[0], [
    [-0.019241, -0.009621],
    [0.008, 0.004],
    [-0.009259, -0.004629],
  ]);
});

example('updateMiniBatch on two examples with η = 3', () => {
  const batch = [
    { x: [1, 0.5], y: [1, 0] },
    { x: [0, 1], y: [0, 1] },
  ];
  const next = updateMiniBatch(weights, biases, batch, 3);
  close(next.biases, [
    [0.093271, -0.097027, 0.192443],
    [-0.01938, -0.03458],
  ]);
  close(next.weights[1], [
    [0.274432, -0.129154, 0.436496],
    [-0.401588, 0.19763, 0.135731],
  ]);
  close(next.weights[0], [
    [0.128862, -0.22116],
    [0.387999, 0.308973],
    [-0.486112, 0.185499],
  ]);
});

example('evaluate: one of the three test examples is right', () => {
  const testData = [
    { x: [1, 0.5], label: 0 },
    { x: [0, 1], label: 1 },
    { x: [-1, 2], label: 1 },
  ];
  expect(evaluate(weights, biases, testData)).toBe(1);
});
