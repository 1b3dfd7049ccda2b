// Hidden suite of 08-perceptron (E7: the perceptron learning algorithm converges on AND and never on XOR).
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

const X = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
];
const AND = [-1, -1, -1, 1];
const OR = [-1, 1, 1, 1];
const XOR = [-1, 1, 1, -1];
const ZERO = { lr: 1, maxEpochs: 100, w0: [0, 0], b0: 0 };

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const worked = (args: Case['args']): Case => named('exemplo resolvido', 'worked example', args);
const random = (rng: Rng, count: number, draw: () => Case['args'], pt = 'aleatório', en = 'random'): Case[] =>
  rng.repeat(count, (i) => named(`${pt} #${i + 1}`, `${en} #${i + 1}`, draw()));

const dot = (w: number[], x: number[]): number => w.reduce((s, wk, k) => s + wk * x[k], 0);

/** Linearly separable data with a margin of at least 0.2 around a random boundary. */
function separable(rng: Rng): { X: number[][]; y: number[] } {
  const d = rng.int(1, 3);
  const w = rng.array(d, () => rng.normal(0, 1));
  const b = rng.normal(0, 0.5);
  const norm = Math.hypot(...w);
  const n = rng.int(2, 8);
  const points: number[][] = [];
  const labels: number[] = [];
  for (let tries = 0; points.length < n && tries < 1000; tries++) {
    const x = rng.array(d, () => rng.uniform(-2, 2));
    const z = dot(w, x) + b;
    if (Math.abs(z) / norm < 0.2) continue;
    points.push(x);
    labels.push(z >= 0 ? 1 : -1);
  }
  return { X: points, y: labels };
}

export default defineSuite({
  id: '08-perceptron',
  title: {
    'pt-BR': 'O perceptron: AND converge, XOR não',
    en: 'The perceptron: AND converges, XOR does not',
  },
  module: 'perceptron.ts',
  compare: { atol: 1e-9, rtol: 1e-9 },
  seededCount: 5,
  tasks: [
    {
      fn: 'signActivation',
      points: 1,
      title: { 'pt-BR': 'função sinal, sign(0) = +1', en: 'sign function, sign(0) = +1' },
      cases: (rng, n) => [
        worked([0]),
        named('z = 2', 'z = 2', [2]),
        named('z = −0,5', 'z = −0.5', [-0.5]),
        named('z = −0', 'z = −0', [-0]),
        named('z = 1e−300', 'z = 1e−300', [1e-300]),
        named('z = −1e−300', 'z = −1e−300', [-1e-300]),
        ...random(rng, n, () => [rng.normal(0, 3)]),
      ],
    },
    {
      fn: 'perceptronPredict',
      points: 1,
      title: { 'pt-BR': 'previsão sign(w·x + b)', en: 'prediction sign(w·x + b)' },
      cases: (rng, n) => [
        worked([[0, 0], 0, [-1, -1]]),
        named('AND treinado, (−1, 1)', 'trained AND, (−1, 1)', [[1, 1], -1, [-1, 1]]),
        named('AND treinado, (1, 1)', 'trained AND, (1, 1)', [[1, 1], -1, [1, 1]]),
        named('só o viés', 'only the bias', [[0, 0, 0], -0.25, [3, -2, 1]]),
        named('uma entrada', 'one input', [[2], 1, [-0.75]]),
        ...random(rng, n, () => {
          const d = rng.int(1, 4);
          return [
            rng.array(d, () => rng.normal(0, 1)),
            rng.normal(0, 1),
            rng.array(d, () => rng.uniform(-2, 2)),
          ];
        }),
      ],
    },
    {
      fn: 'perceptronUpdate',
      points: 2,
      title: { 'pt-BR': 'uma atualização (só nos erros)', en: 'one update (only on mistakes)' },
      keys: ['w', 'b'],
      cases: (rng, n) => [
        worked([[0, 0], 0, [-1, -1], -1, 1]),
        named('acerto: nada muda', 'right: nothing changes', [[1, 1], -1, [1, 1], 1, 1]),
        named('erro com rótulo +1', 'mistake with label +1', [[-1, 0.5], 0, [1, 1], 1, 0.5]),
        named('erro com rótulo −1, η = 0,1', 'mistake with label −1, η = 0.1', [
          [0.3, 0.2],
          0.1,
          [1, 2],
          -1,
          0.1,
        ]),
        named('uma entrada', 'one input', [[-2], 0.5, [1.5], 1, 0.25]),
        ...random(rng, n, () => {
          const d = rng.int(1, 4);
          return [
            rng.array(d, () => rng.normal(0, 1)),
            rng.normal(0, 1),
            rng.array(d, () => rng.uniform(-2, 2)),
            rng.pick([-1, 1]),
            rng.pick([1, 0.5, 0.1, 0.01]),
          ];
        }),
      ],
    },
    {
      fn: 'trainPerceptron',
      points: 3,
      title: { 'pt-BR': 'o algoritmo de treino completo', en: 'the whole training algorithm' },
      keys: ['errorsPerEpoch', 'epochs', 'converged', 'w', 'b'],
      cases: (rng, n) => [
        worked([X, AND, ZERO]),
        named('AND com η = 0,5', 'AND with η = 0.5', [X, AND, { ...ZERO, lr: 0.5 }]),
        named('OR', 'OR', [X, OR, ZERO]),
        named('AND partindo de outros pesos', 'AND from other weights', [
          X,
          AND,
          { lr: 1, maxEpochs: 100, w0: [-1, 2], b0: 0.5 },
        ]),
        named('XOR, 10 épocas', 'XOR, 10 epochs', [X, XOR, { ...ZERO, maxEpochs: 10 }]),
        named('maxEpochs = 1', 'maxEpochs = 1', [X, OR, { ...ZERO, maxEpochs: 1 }]),
        named('maxEpochs = 0', 'maxEpochs = 0', [X, AND, { ...ZERO, maxEpochs: 0 }]),
        named('já separado', 'already separated', [X, AND, { lr: 1, maxEpochs: 100, w0: [1, 1], b0: -1 }]),
        ...random(
          rng,
          n,
          () => {
            const data = separable(rng);
            const d = data.X[0].length;
            const w0 = rng.next() < 0.5 ? rng.array(d, () => 0) : rng.array(d, () => rng.normal(0, 1));
            return [
              data.X,
              data.y,
              {
                lr: rng.pick([1, 0.5, 0.1]),
                maxEpochs: 1000,
                w0,
                b0: rng.next() < 0.5 ? 0 : rng.normal(0, 1),
              },
            ];
          },
          'separável',
          'separable',
        ),
        ...random(
          rng,
          2,
          () => {
            const m = rng.int(3, 8);
            const d = rng.int(1, 3);
            return [
              rng.matrix(m, d, () => rng.uniform(-2, 2)),
              rng.array(m, () => rng.pick([-1, 1])),
              {
                lr: rng.pick([1, 0.5]),
                maxEpochs: 15,
                w0: rng.array(d, () => rng.normal(0, 1)),
                b0: rng.normal(0, 1),
              },
            ];
          },
          'rótulos ao acaso',
          'random labels',
        ),
      ],
    },
    {
      fn: 'xorNeverConverges',
      points: 2,
      title: { 'pt-BR': 'o XOR nunca converge', en: 'XOR never converges' },
      keys: ['errorsPerEpoch', 'converged', 'minErrors'],
      cases: (rng, n) => [
        worked([10]),
        named('1 época', '1 epoch', [1]),
        named('2 épocas', '2 epochs', [2]),
        named('100 épocas', '100 epochs', [100]),
        named('outro ponto de partida', 'another starting point', [12, [2, 1], -0.5]),
        ...random(rng, n, () => [rng.int(3, 40), rng.array(2, () => rng.normal(0, 1.5)), rng.normal(0, 1.5)]),
      ],
    },
  ],
});
