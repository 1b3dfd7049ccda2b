// Hidden suite of 02-final-bias (the dosage example: only the final bias b3 is learned).
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

const DOSAGES = [0, 0.5, 1];
const OBSERVED = [0, 1, 0];
// Predictions at b3 = 0 and after the first step (b3 = 1.565510777…), computed in float64.
const P0 = [-2.60366523805941, -1.6090193181937855, -2.6148696340356783];
const B3_STEP1 = 1.565510838057775;
const P1 = P0.map((p) => p + B3_STEP1);

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const worked = (args: Case['args'], step = ''): Case =>
  named(`exemplo resolvido${step}`, `worked example${step}`, args);
const random = (rng: Rng, count: number, draw: () => Case['args']): Case[] =>
  rng.repeat(count, (i) => named(`aleatório #${i + 1}`, `random #${i + 1}`, draw()));

const data = (rng: Rng): { x: number[]; y: number[] } => {
  const n = rng.int(1, 5);
  return { x: rng.array(n, () => rng.uniform(0, 1)), y: rng.array(n, () => rng.uniform(-1, 2)) };
};

export default defineSuite({
  id: '02-final-bias',
  title: { 'pt-BR': 'O viés final por descida do gradiente', en: 'The final bias by gradient descent' },
  module: 'final-bias.ts',
  // float64 work agrees to ~1e-15; the statement shows 6 digits, the grader asks for 9.
  compare: { atol: 1e-9, rtol: 1e-9 },
  seededCount: 5,
  tasks: [
    {
      fn: 'predict',
      points: 2,
      title: { 'pt-BR': 'previsões da rede', en: 'the network’s predictions' },
      cases: (rng, n) => [
        worked([DOSAGES, 0]),
        worked([DOSAGES, B3_STEP1], ', passo 2 / step 2'),
        named('sem dosagens', 'no dosages', [[], 0]),
        named('uma dosagem', 'one dosage', [[0.25], -0.5]),
        ...random(rng, n, () => [data(rng).x, rng.normal(0, 2)]),
      ],
    },
    {
      fn: 'ssr',
      points: 1,
      title: { 'pt-BR': 'soma dos quadrados dos resíduos', en: 'sum of squared residuals' },
      cases: (rng, n) => [
        worked([OBSERVED, P0]),
        worked([OBSERVED, P1], ', passo 2 / step 2'),
        named('previsão perfeita', 'perfect prediction', [
          [0, 1, 0],
          [0, 1, 0],
        ]),
        named('listas vazias', 'empty lists', [[], []]),
        ...random(rng, n, () => {
          const { y } = data(rng);
          return [y, y.map(() => rng.normal(0, 2))];
        }),
      ],
    },
    {
      fn: 'ssrSlopeB3',
      points: 2,
      title: { 'pt-BR': 'inclinação dSSR/db3', en: 'slope dSSR/db3' },
      cases: (rng, n) => [
        worked([OBSERVED, P0]),
        worked([OBSERVED, P1], ', passo 2 / step 2'),
        named('previsão perfeita', 'perfect prediction', [
          [0, 1, 0],
          [0, 1, 0],
        ]),
        named('previsões acima', 'predictions above', [
          [0, 1],
          [0.5, 1.5],
        ]),
        ...random(rng, n, () => {
          const { y } = data(rng);
          return [y, y.map(() => rng.normal(0, 2))];
        }),
      ],
    },
    {
      fn: 'gradientStep',
      points: 2,
      title: { 'pt-BR': 'um passo da descida do gradiente', en: 'one gradient-descent step' },
      keys: ['slope', 'stepSize', 'newB3'],
      cases: (rng, n) => [
        worked([DOSAGES, OBSERVED, 0, 0.1]),
        worked([DOSAGES, OBSERVED, B3_STEP1, 0.1], ', passo 2 / step 2'),
        named('taxa de aprendizado 0', 'learning rate 0', [DOSAGES, OBSERVED, 1, 0]),
        ...random(rng, n, () => {
          const { x, y } = data(rng);
          return [x, y, rng.normal(0, 2), rng.uniform(0.01, 0.2)];
        }),
      ],
    },
    {
      fn: 'fitB3',
      points: 3,
      title: { 'pt-BR': 'o laço completo até parar', en: 'the whole loop until it stops' },
      keys: ['history', 'steps', 'b3'],
      cases: (rng, n) => [
        worked([DOSAGES, OBSERVED, { b3: 0, learningRate: 0.1, tolerance: 0.001, maxSteps: 1000 }]),
        named('limite de 3 passos', 'limit of 3 steps', [
          DOSAGES,
          OBSERVED,
          { b3: 0, learningRate: 0.1, tolerance: 0.001, maxSteps: 3 },
        ]),
        named('limite de 0 passos', 'limit of 0 steps', [
          DOSAGES,
          OBSERVED,
          { b3: 0.5, learningRate: 0.1, tolerance: 0.001, maxSteps: 0 },
        ]),
        named('já no mínimo', 'already at the minimum', [
          DOSAGES,
          OBSERVED,
          { b3: 2.6092, learningRate: 0.1, tolerance: 0.001, maxSteps: 1000 },
        ]),
        ...random(rng, n, () => {
          const { x, y } = data(rng);
          // learning rate · 2n < 2 keeps the descent stable for n ≤ 5.
          return [
            x,
            y,
            {
              b3: rng.normal(0, 3),
              learningRate: rng.uniform(0.02, 0.15),
              tolerance: rng.pick([0.01, 0.001, 0.0001]),
              maxSteps: 200,
            },
          ];
        }),
      ],
    },
  ],
});
