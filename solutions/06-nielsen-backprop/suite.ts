// Hidden suite of 06-nielsen-backprop (E6: Nielsen's Network algorithm on small, seeded networks).
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

type Vector = number[];
type Matrix = number[][];
interface Net {
  weights: Matrix[];
  biases: Vector[];
}

// The worked example of the statement: Network([2, 3, 2]).
const W = [
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
const B = [
  [0.1, -0.1, 0.2],
  [0.05, -0.05],
];
const EX1 = { x: [1, 0.5], y: [1, 0] };
const EX2 = { x: [0, 1], y: [0, 1] };

/** Like Nielsen's Network(sizes): weights and biases drawn from N(0, 1) (times `scale`). */
const network = (rng: Rng, sizes: number[], scale = 1): Net => ({
  weights: sizes.slice(1).map((n, l) => rng.matrix(n, sizes[l], () => scale * rng.normal(0, 1))),
  biases: sizes.slice(1).map((n) => rng.array(n, () => scale * rng.normal(0, 1))),
});
const input = (rng: Rng, n: number): Vector => rng.array(n, () => rng.uniform(0, 1));
const oneHot = (rng: Rng, n: number): Vector => {
  const k = rng.int(0, n - 1);
  return Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));
};
const example = (rng: Rng, sizes: number[]): { x: Vector; y: Vector } => ({
  x: input(rng, sizes[0]),
  y: oneHot(rng, sizes[sizes.length - 1]),
});
const randomSizes = (rng: Rng): number[] =>
  rng.array(rng.int(2, 4), () => rng.int(1, 5)).map((n, i) => (i === 0 ? n : Math.max(n, 2)));

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const random = (rng: Rng, count: number, draw: () => Case['args']): Case[] =>
  rng.repeat(count, (i) => named(`aleatório #${i + 1}`, `random #${i + 1}`, draw()));

/** The networks every task is graded on: the worked example, then seeded ones. */
const nets = (rng: Rng): [string, string, Net, number[]][] => [
  [
    'exemplo resolvido, rede [2, 3, 2]',
    'worked example, network [2, 3, 2]',
    { weights: W, biases: B },
    [2, 3, 2],
  ],
  ['rede [3, 4, 2]', 'network [3, 4, 2]', network(rng, [3, 4, 2]), [3, 4, 2]],
  ['rede [2, 3, 3, 2]', 'network [2, 3, 3, 2]', network(rng, [2, 3, 3, 2]), [2, 3, 3, 2]],
  [
    'rede [4, 5, 4, 3, 3] (quatro camadas)',
    'network [4, 5, 4, 3, 3] (four layers)',
    network(rng, [4, 5, 4, 3, 3]),
    [4, 5, 4, 3, 3],
  ],
  ['uma camada só, [3, 2]', 'a single layer, [3, 2]', network(rng, [3, 2]), [3, 2]],
  ['uma unidade por camada, [1, 1, 1]', 'one unit per layer, [1, 1, 1]', network(rng, [1, 1, 1]), [1, 1, 1]],
  [
    'saturação (pesos grandes), [2, 3, 2]',
    'saturation (large weights), [2, 3, 2]',
    network(rng, [2, 3, 2], 20),
    [2, 3, 2],
  ],
];

export default defineSuite({
  id: '06-nielsen-backprop',
  title: { 'pt-BR': 'O backprop do livro de Nielsen', en: 'Backprop as in Nielsen’s book' },
  module: 'network.ts',
  compare: { atol: 1e-12, rtol: 1e-9 },
  seededCount: 5,
  tasks: [
    {
      fn: 'feedforward',
      points: 2,
      title: { 'pt-BR': 'a saída da rede', en: 'the network’s output' },
      cases: (rng, n) => [
        ...nets(rng).map(([pt, en, k, sizes]) =>
          named(pt, en, [
            k.weights,
            k.biases,
            sizes[0] === 2 && k.weights === W ? EX1.x : input(rng, sizes[0]),
          ]),
        ),
        ...random(rng, n, () => {
          const sizes = randomSizes(rng);
          const k = network(rng, sizes);
          return [k.weights, k.biases, input(rng, sizes[0])];
        }),
      ],
    },
    {
      fn: 'backprop',
      points: 4,
      title: {
        'pt-BR': 'os gradientes de um exemplo, camada a camada',
        en: 'the gradients of one example, layer by layer',
      },
      keys: ['nablaB', 'nablaW'],
      cases: (rng, n) => [
        ...nets(rng).map(([pt, en, k, sizes]) => {
          const { x, y } = k.weights === W ? EX1 : example(rng, sizes);
          return named(pt, en, [k.weights, k.biases, x, y]);
        }),
        named('exemplo resolvido, segundo exemplo', 'worked example, second example', [W, B, EX2.x, EX2.y]),
        named('alvo que não é one-hot', 'a target that is not one-hot', [W, B, [0.3, -0.7], [0.25, 0.6]]),
        ...random(rng, n, () => {
          const sizes = randomSizes(rng);
          const k = network(rng, sizes);
          const { x, y } = example(rng, sizes);
          return [k.weights, k.biases, x, y];
        }),
      ],
    },
    {
      fn: 'updateMiniBatch',
      points: 3,
      title: { 'pt-BR': 'um passo com um minilote', en: 'one step on a mini-batch' },
      keys: ['weights', 'biases'],
      cases: (rng, n) => [
        named('exemplo resolvido: minilote de 2, η = 3', 'worked example: mini-batch of 2, η = 3', [
          W,
          B,
          [EX1, EX2],
          3,
        ]),
        named('exemplo resolvido: minilote de 1 (m = 1)', 'worked example: mini-batch of 1 (m = 1)', [
          W,
          B,
          [EX1],
          3,
        ]),
        ...nets(rng)
          .slice(1)
          .map(([pt, en, k, sizes]) => {
            const m = rng.int(2, 6);
            return named(`${pt}, m = ${m}`, `${en}, m = ${m}`, [
              k.weights,
              k.biases,
              rng.repeat(m, () => example(rng, sizes)),
              rng.pick([0.5, 3]),
            ]);
          }),
        ...random(rng, n, () => {
          const sizes = randomSizes(rng);
          const k = network(rng, sizes);
          return [
            k.weights,
            k.biases,
            rng.repeat(rng.int(1, 10), () => example(rng, sizes)),
            rng.pick([0.1, 0.5, 1, 3]),
          ];
        }),
      ],
    },
    {
      fn: 'evaluate',
      points: 1,
      title: { 'pt-BR': 'quantos acertos no teste', en: 'how many test examples are right' },
      cases: (rng, n) => [
        named('exemplo resolvido', 'worked example', [
          W,
          B,
          [
            { x: [1, 0.5], label: 0 },
            { x: [0, 1], label: 1 },
            { x: [-1, 2], label: 1 },
          ],
        ]),
        named('sem exemplos de teste', 'no test examples', [W, B, []]),
        // Not the saturated network: two outputs equal to 1.0 would make the argmax a tie.
        ...nets(rng)
          .slice(1, -1)
          .map(([pt, en, k, sizes]) =>
            named(pt, en, [
              k.weights,
              k.biases,
              rng.repeat(rng.int(4, 12), () => ({
                x: input(rng, sizes[0]),
                label: rng.int(0, sizes[sizes.length - 1] - 1),
              })),
            ]),
          ),
        ...random(rng, n, () => {
          const sizes = randomSizes(rng);
          const k = network(rng, sizes);
          const labels = sizes[sizes.length - 1];
          return [
            k.weights,
            k.biases,
            rng.repeat(rng.int(3, 20), () => ({
              x: input(rng, sizes[0]).map((v) => 4 * v - 2),
              label: rng.int(0, labels - 1),
            })),
          ];
        }),
      ],
    },
  ],
});
