// E4 of the worked examples (seed 003): the numbers of the delta recursion, one per example (two examples).
import type { NetworkDiagram } from '../src/index.js';

export const E4_DIAGRAM: NetworkDiagram = {
  layers: [
    {
      size: 2,
      annotations: [
        {
          label: 'x',
          values: [
            [0.5, 0.2],
            [0.1, 0.6],
          ],
        },
      ],
    },
    {
      size: 3,
      annotations: [
        {
          label: 'a',
          values: [
            [0.567093, 0.554779],
            [0.571996, 0.514996],
            [0.442752, 0.435364],
          ],
        },
        {
          label: 'δ',
          values: [
            [-0.00388, -0.008085],
            [0.000553, 0.001168],
            [-0.001114, -0.002299],
          ],
        },
      ],
    },
    { size: 1, names: ['ŷ'], annotations: [{ label: 'a', values: [[0.605471, 0.604421]] }] },
  ],
  weights: [
    [
      [0.5, 0.2],
      [0.6, -0.1],
      [-0.4, -0.3],
    ],
    [[0.7, -0.1, 0.2]],
  ],
};
