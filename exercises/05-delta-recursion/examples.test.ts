// Public examples (the worked example E4, with y = [0.7, 0.8]). A function you have not written yet is reported as
// skipped ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { example } from '@bp/grader/vitest';
import { backprop, forward, hiddenDelta, outputDelta, step, weightGradients } from './delta.js';

const X = [
  [0.5, 0.1],
  [0.2, 0.6],
];
const Y = [[0.7], [0.8]];
const thetas = [
  [
    [0.5, 0.2],
    [0.6, -0.1],
    [-0.4, -0.3],
  ],
  [[0.7, -0.1, 0.2]],
];

/** Every entry of `actual` within 5e-6 of `expected` (the statement's numbers have 6 decimals). */
const close = (actual: number[][], expected: number[][]): void => {
  expect(actual.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  expected.forEach((row, i) => row.forEach((v, j) => expect(actual[i][j]).toBeCloseTo(v, 5)));
};

const A1 = [
  [0.567093, 0.571996, 0.442752],
  [0.554779, 0.514996, 0.435364],
];
const YHAT = [[0.605471], [0.604421]];

example('forward: a(1) and ŷ = a(2) of E4', () => {
  const { activations } = forward(X, thetas);
  expect(activations).toHaveLength(3);
  close(activations[0], X);
  close(activations[1], A1);
  close(activations[2], YHAT);
});

example('outputDelta: δ(2) = (ŷ − y) ⊙ a′(2) ≈ [[−0.022581], [−0.046762]]', () => {
  close(outputDelta([[0.6054714371609762], [0.6044205685440485]], Y), [[-0.022581], [-0.046762]]);
});

example('hiddenDelta: δ(1) = (δ(2) θ(2)) ⊙ a′(1)', () => {
  const delta2 = [[-0.02258058379696718], [-0.046762327191880636]];
  const a1 = [
    [0.5670929049654543, 0.5719961329315186, 0.4427521454014444],
    [0.5547792351072148, 0.51499550161941, 0.43536370819697084],
  ];
  close(hiddenDelta(delta2, thetas[1], a1), [
    [-0.00388, 0.000553, -0.001114],
    [-0.008085, 0.001168, -0.002299],
  ]);
});

example('weightGradients: ∂J/∂θ(l) = δ(l)ᵀ a(l − 1) for both layers of E4', () => {
  const a1 = [
    [0.5670929049654543, 0.5719961329315186, 0.4427521454014444],
    [0.5547792351072148, 0.51499550161941, 0.43536370819697084],
  ];
  const a2 = [[0.6054714371609762], [0.6044205685440485]];
  const delta1 = [
    [-0.0038804502813977334, 0.0005528100776676243, -0.0011142284442685144],
    [-0.008085181343378378, 0.0011680066584048082, -0.0022990431598230417],
  ];
  const delta2 = [[-0.02258058379696718], [-0.046762327191880636]];
  const grads = weightGradients([delta1, delta2], [X, a1, a2]);
  expect(grads).toHaveLength(2);
  close(grads[0], [
    [-0.003557, -0.005239],
    [0.00051, 0.000756],
    [-0.001017, -0.001491],
  ]);
  close(grads[1], [[-0.038748, -0.036998, -0.030356]]);
});

example('backprop: δ(1) and ∂J/∂θ(1) of E4', () => {
  const { deltas, grads } = backprop(X, Y, thetas);
  expect(deltas).toHaveLength(2);
  close(deltas[0], [
    [-0.00388, 0.000553, -0.001114],
    [-0.008085, 0.001168, -0.002299],
  ]);
  close(grads[0], [
    [-0.003557, -0.005239],
    [0.00051, 0.000756],
    [-0.001017, -0.001491],
  ]);
});

example('step with η = 0.1: the updated θ(1) and θ(2)', () => {
  const { grads } = backprop(X, Y, thetas);
  const next = step(thetas, grads, 0.1);
  close(next[0], [
    [0.500356, 0.200524],
    [0.599949, -0.100076],
    [-0.399898, -0.299851],
  ]);
  close(next[1], [[0.703875, -0.0963, 0.203036]]);
});
