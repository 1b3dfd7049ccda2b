// Hidden suite of 10-gradient-checking: finite differences and gradient checking on a chain of sigmoid units
// (E3 is the chain with weights [−0.5, 0.5]; E6 for the cost in forward passes).
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

const E3 = { weights: [-0.5, 0.5], data: { x: [1], y: [1] } };
// Backprop and central differences (ε = 1e−4) of E3, computed in float64.
const E3_GRAD = [-0.013187697337488317, -0.042372880207371295];
const E3_CENTRAL = [-0.013187697327013415, -0.042372880204033514];
const E3_FORWARD = [-0.013187809146109064, -0.04237236735746275];
const SATURATED = { weights: [20, 30], data: { x: [1], y: [0] } };
const DEEP = { weights: [1.2, -0.8, 2, 0.5], data: { x: [0.5, -1, 2], y: [0.2, 0.9, 0.6] } };
const PYTORCH = { atol: 1e-5, rtol: 1e-3 };

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const worked = (args: Case['args']): Case => named('exemplo resolvido', 'worked example', args);
const random = (rng: Rng, count: number, draw: () => Case['args']): Case[] =>
  rng.repeat(count, (i) => named(`aleatório #${i + 1}`, `random #${i + 1}`, draw()));

/** A random chain of 1 to 4 weights and 1 to 4 examples. */
const chain = (rng: Rng): { weights: number[]; data: { x: number[]; y: number[] } } => {
  const n = rng.int(1, 4);
  return {
    weights: rng.array(rng.int(1, 4), () => rng.normal(0, 1.5)),
    data: { x: rng.array(n, () => rng.uniform(-2, 2)), y: rng.array(n, () => rng.next()) },
  };
};

// The differences divide float64 noise in the cost by ε: 1e−8 absolute is far above it and far below their errors.
const differences = { atol: 1e-8, rtol: 1e-7 };

/** The same cases for both finite differences, so the two estimates can be compared case by case. */
const differenceCases = (rng: Rng, n: number): Case[] => [
  worked([E3.weights, E3.data, 1e-4]),
  named('ε = 1e−2', 'ε = 1e−2', [E3.weights, E3.data, 1e-2]),
  named('quatro pesos, três exemplos', 'four weights, three examples', [DEEP.weights, DEEP.data, 1e-3]),
  named('saturação', 'saturation', [SATURATED.weights, SATURATED.data, 1e-4]),
  ...random(rng, n, () => {
    const c = chain(rng);
    return [c.weights, c.data, rng.pick([1e-2, 1e-3, 1e-4])];
  }),
];

export default defineSuite({
  id: '10-gradient-checking',
  title: {
    'pt-BR': 'Diferenças finitas e verificação do gradiente',
    en: 'Finite differences and gradient checking',
  },
  module: 'gradient-check.ts',
  compare: { atol: 1e-12, rtol: 1e-9 },
  seededCount: 5,
  tasks: [
    {
      fn: 'chainCost',
      points: 1,
      title: { 'pt-BR': 'o custo da cadeia', en: 'the cost of the chain' },
      cases: (rng, n) => [
        worked([E3.weights, E3.data]),
        named('um peso', 'one weight', [[2], { x: [1, -1], y: [1, 0] }]),
        named('quatro pesos, três exemplos', 'four weights, three examples', [DEEP.weights, DEEP.data]),
        named('saturação', 'saturation', [SATURATED.weights, SATURATED.data]),
        ...random(rng, n, () => {
          const c = chain(rng);
          return [c.weights, c.data];
        }),
      ],
    },
    {
      fn: 'backpropGradient',
      points: 2,
      title: { 'pt-BR': 'o gradiente pela retropropagação', en: 'the gradient by backpropagation' },
      cases: (rng, n) => [
        worked([E3.weights, E3.data]),
        named('um peso', 'one weight', [[2], { x: [1, -1], y: [1, 0] }]),
        named('quatro pesos, três exemplos', 'four weights, three examples', [DEEP.weights, DEEP.data]),
        named('saturação', 'saturation', [SATURATED.weights, SATURATED.data]),
        ...random(rng, n, () => {
          const c = chain(rng);
          return [c.weights, c.data];
        }),
      ],
    },
    {
      fn: 'forwardDifferenceGradient',
      points: 2,
      title: { 'pt-BR': 'diferença progressiva', en: 'forward difference' },
      compare: differences,
      cases: differenceCases,
    },
    {
      fn: 'centralDifferenceGradient',
      points: 2,
      title: { 'pt-BR': 'diferença central', en: 'central difference' },
      compare: differences,
      cases: differenceCases,
    },
    {
      fn: 'relativeError',
      points: 1,
      title: { 'pt-BR': 'erro relativo com piso', en: 'relative error with a floor' },
      cases: (rng, n) => [
        worked([E3_GRAD[1], E3_FORWARD[1]]),
        named('numérico maior que o analítico', 'numeric larger than analytic', [0.001, 0.003]),
        named('sinais opostos', 'opposite signs', [0.5, -0.25]),
        named('os dois nulos', 'both zero', [0, 0]),
        named('saturação: quase zero', 'saturation: almost zero', [9.348077848074245e-14, 0]),
        named('iguais', 'equal', [-1.5, -1.5]),
        ...random(rng, n, () => {
          const a = rng.normal(0, 1);
          return [a, a * (1 + rng.normal(0, 0.1)) + rng.normal(0, 1e-3)];
        }),
      ],
    },
    {
      fn: 'gradientCheck',
      points: 2,
      title: { 'pt-BR': 'a verificação, como no PyTorch', en: 'the check, as in PyTorch' },
      keys: ['ok', 'worstIndex', 'worstError'],
      cases: (rng, n) => [
        worked([E3_GRAD, E3_CENTRAL, PYTORCH]),
        named('diferença progressiva, tolerância apertada', 'forward difference, tight tolerance', [
          E3_GRAD,
          E3_FORWARD,
          { atol: 1e-8, rtol: 1e-6 },
        ]),
        named('a tolerância relativa vem de |numérico|', 'the relative tolerance uses |numeric|', [
          [1, 0.5],
          [1.1, 0.5],
          { atol: 0, rtol: 0.095 },
        ]),
        named('gradiente errado por um fator 2', 'gradient off by a factor of 2', [
          [0.2, -0.4, 0.1],
          [0.2, -0.2, 0.1],
          PYTORCH,
        ]),
        named('saturação: tudo ~0', 'saturation: all ~0', [
          [5.780347551368935e-21, 9.348077848074245e-14],
          [0, 0],
          PYTORCH,
        ]),
        named('vetores vazios', 'empty vectors', [[], [], PYTORCH]),
        ...random(rng, n, () => {
          const len = rng.int(1, 6);
          const numeric = rng.array(len, () => rng.normal(0, 0.5));
          const noise = rng.pick([1e-7, 1e-5, 1e-3]);
          return [
            numeric.map((v) => v + rng.normal(0, noise)),
            numeric,
            { atol: rng.pick([1e-5, 1e-6]), rtol: rng.pick([1e-3, 1e-4]) },
          ];
        }),
      ],
    },
    {
      fn: 'forwardPassCount',
      points: 1,
      title: { 'pt-BR': 'quantas passadas cada método custa', en: 'how many passes each method costs' },
      keys: ['forward', 'backward'],
      cases: (rng, n) => [
        worked([{ params: 2, method: 'forward' }]),
        named('diferença central, P = 2', 'central difference, P = 2', [{ params: 2, method: 'central' }]),
        named('retropropagação, P = 2', 'backpropagation, P = 2', [{ params: 2, method: 'backprop' }]),
        named('um milhão de pesos, progressiva', 'a million weights, forward', [
          { params: 1_000_000, method: 'forward' },
        ]),
        named('um milhão de pesos, retropropagação', 'a million weights, backpropagation', [
          { params: 1_000_000, method: 'backprop' },
        ]),
        named('Network([784, 30, 10]), central', 'Network([784, 30, 10]), central', [
          { params: 23_860, method: 'central' },
        ]),
        ...random(rng, n, () => [
          { params: rng.int(1, 100_000), method: rng.pick(['forward', 'central', 'backprop']) },
        ]),
      ],
    },
  ],
});
