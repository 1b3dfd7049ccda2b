// Hidden suite of 11-optimizers: PyTorch's SGD (momentum, dampening, Nesterov, weight decay) and Adam, over arrays.
// The reference was checked against @bp/optim's SGD and Adam (which follow torch.optim) on random runs: equal bits.
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const worked = (args: Case['args'], pt = '', en = ''): Case =>
  named(`exemplo resolvido${pt}`, `worked example${en}`, args);
const random = (rng: Rng, count: number, draw: () => Case['args']): Case[] =>
  rng.repeat(count, (i) => named(`aleatório #${i + 1}`, `random #${i + 1}`, draw()));

// The worked example: x = [1, −2] on f(x) = Σ x² (∇f = 2x), lr 0.1, momentum 0.9.
const X0 = [1, -2];
const G0 = [2, -4];
const X1 = [0.8, -1.6];
const G1 = [1.6, -3.2];
const EX = { lr: 0.1, momentum: 0.9, dampening: 0, nesterov: false, weightDecay: 0 };
const ADAM = { lr: 0.1, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0 };
// After Adam's first step on the example (computed in float64).
const ADAM_X1 = [0.9000000005, -1.90000000025];
const ADAM_S1 = {
  step: 1,
  m: [0.19999999999999996, -0.3999999999999999],
  v: [0.0040000000000000036, 0.016000000000000014],
};

const vec = (rng: Rng, n: number, std = 1.5): number[] => rng.array(n, () => rng.normal(0, std));

/** Random SGD options that PyTorch accepts (Nesterov needs momentum > 0 and no dampening). */
const momentumOptions = (rng: Rng): Record<string, number | boolean> => {
  const nesterov = rng.next() < 0.3;
  return {
    lr: rng.uniform(0.01, 0.2),
    momentum: rng.uniform(0.5, 0.95),
    dampening: nesterov ? 0 : rng.pick([0, 0, 0.1, 0.5]),
    nesterov,
    weightDecay: rng.pick([0, 0, 0.01, 0.1]),
  };
};

export default defineSuite({
  id: '11-optimizers',
  title: { 'pt-BR': 'Otimizadores: SGD com momento e Adam', en: 'Optimizers: SGD with momentum and Adam' },
  module: 'optimizers.ts',
  // The numbers are O(1) and every rule is a few float64 operations: 1e-9 relative is generous.
  compare: { atol: 1e-12, rtol: 1e-9 },
  seededCount: 6,
  tasks: [
    {
      fn: 'sgdStep',
      points: 1,
      title: { 'pt-BR': 'um passo de SGD simples', en: 'one plain SGD step' },
      cases: (rng, n) => [
        worked([X0, G0, 0.1]),
        named('taxa de aprendizado 0', 'learning rate 0', [X0, G0, 0]),
        named('gradiente zero', 'zero gradient', [[0.5, -0.25, 3], [0, 0, 0], 0.1]),
        named('um parâmetro', 'one parameter', [[-0.5], [0.3], 0.05]),
        named('sem parâmetros', 'no parameters', [[], [], 0.1]),
        ...random(rng, n, () => {
          const k = rng.int(1, 6);
          return [vec(rng, k), vec(rng, k), rng.uniform(0.001, 0.5)];
        }),
      ],
    },
    {
      fn: 'sgdMomentumStep',
      points: 2,
      title: {
        'pt-BR': 'um passo de SGD com momento (regra do PyTorch)',
        en: 'one SGD step with momentum (PyTorch’s rule)',
      },
      keys: ['state', 'params'],
      cases: (rng, n) => [
        worked([X0, G0, { buf: null }, EX], ', passo 1', ', step 1'),
        worked([X1, G1, { buf: G0 }, EX], ', passo 2', ', step 2'),
        named('amortecimento 0,5, primeiro passo', 'dampening 0.5, first step', [
          X0,
          G0,
          { buf: null },
          { ...EX, dampening: 0.5 },
        ]),
        named('amortecimento 0,5, segundo passo', 'dampening 0.5, second step', [
          X1,
          G1,
          { buf: G0 },
          { ...EX, dampening: 0.5 },
        ]),
        named('Nesterov, primeiro passo', 'Nesterov, first step', [
          X0,
          G0,
          { buf: null },
          { ...EX, nesterov: true },
        ]),
        named('Nesterov, segundo passo', 'Nesterov, second step', [
          [0.62, -1.24],
          [1.24, -2.48],
          { buf: G0 },
          { ...EX, nesterov: true },
        ]),
        named('decaimento de peso 0,1, primeiro passo', 'weight decay 0.1, first step', [
          X0,
          G0,
          { buf: null },
          { ...EX, weightDecay: 0.1 },
        ]),
        named('decaimento de peso 0,1, segundo passo', 'weight decay 0.1, second step', [
          [0.79, -1.58],
          [1.58, -3.16],
          { buf: [2.1, -4.2] },
          { ...EX, weightDecay: 0.1 },
        ]),
        named('momento 0: SGD simples, sem buffer', 'momentum 0: plain SGD, no buffer', [
          X0,
          G0,
          { buf: null },
          { ...EX, momentum: 0, weightDecay: 0.1 },
        ]),
        named('gradiente zero: o momento continua', 'zero gradient: the momentum keeps going', [
          [0.5, -0.5],
          [0, 0],
          { buf: [1, -2] },
          EX,
        ]),
        named('Nesterov com decaimento de peso', 'Nesterov with weight decay', [
          [1.5, 0, -0.7],
          [0.3, -1, 0.2],
          { buf: [0.5, 0.5, -1] },
          { lr: 0.05, momentum: 0.8, dampening: 0, nesterov: true, weightDecay: 0.05 },
        ]),
        ...random(rng, n, () => {
          const k = rng.int(1, 5);
          return [
            vec(rng, k),
            vec(rng, k),
            { buf: rng.next() < 0.4 ? null : vec(rng, k) },
            momentumOptions(rng),
          ];
        }),
      ],
    },
    {
      fn: 'adamStep',
      points: 3,
      title: { 'pt-BR': 'um passo de Adam (regra do PyTorch)', en: 'one Adam step (PyTorch’s rule)' },
      keys: ['state', 'params'],
      cases: (rng, n) => [
        worked([X0, G0, { step: 0, m: [0, 0], v: [0, 0] }, ADAM], ', passo 1', ', step 1'),
        worked([ADAM_X1, ADAM_X1.map((x) => 2 * x), ADAM_S1, ADAM], ', passo 2', ', step 2'),
        named('ε grande (0,1)', 'large ε (0.1)', [
          X0,
          G0,
          { step: 0, m: [0, 0], v: [0, 0] },
          { ...ADAM, eps: 0.1 },
        ]),
        named('gradientes pequenos (1e−4)', 'small gradients (1e−4)', [
          [0.3, -0.3],
          [1e-4, -2e-4],
          { step: 0, m: [0, 0], v: [0, 0] },
          { ...ADAM, lr: 0.01, eps: 1e-6 },
        ]),
        named('gradiente zero, estado zero', 'zero gradient, zero state', [
          [0.3, -0.3],
          [0, 0],
          { step: 0, m: [0, 0], v: [0, 0] },
          ADAM,
        ]),
        named('gradiente zero, com estado', 'zero gradient, with state', [
          [0.3, -0.3],
          [0, 0],
          { step: 4, m: [0.2, -0.1], v: [0.05, 0.01] },
          ADAM,
        ]),
        named('decaimento de peso 0,1', 'weight decay 0.1', [
          X0,
          G0,
          { step: 0, m: [0, 0], v: [0, 0] },
          { ...ADAM, weightDecay: 0.1 },
        ]),
        named('passo 10, β = (0,5; 0,9)', 'step 10, β = (0.5, 0.9)', [
          [0.5, 1, -1],
          [0.4, -0.2, 1],
          { step: 9, m: [0.3, 0.1, -0.2], v: [0.2, 0.05, 0.4] },
          { lr: 0.01, betas: [0.5, 0.9], eps: 1e-3, weightDecay: 0 },
        ]),
        ...random(rng, n, (): Case['args'] => {
          const k = rng.int(1, 5);
          return [
            vec(rng, k),
            vec(rng, k),
            { step: rng.int(0, 20), m: vec(rng, k, 0.5), v: rng.array(k, () => rng.uniform(0, 2)) },
            {
              lr: rng.uniform(0.001, 0.2),
              betas: [rng.pick([0.8, 0.9, 0.95]), rng.pick([0.99, 0.999])],
              eps: rng.pick([1e-8, 1e-6, 1e-3]),
              weightDecay: rng.pick([0, 0, 0.01, 0.1]),
            },
          ];
        }),
      ],
    },
    {
      fn: 'momentumTrajectory',
      points: 2,
      title: { 'pt-BR': 'k passos com momento em f(x) = Σ x²', en: 'k steps with momentum on f(x) = Σ x²' },
      cases: (rng, n) => [
        worked([X0, EX, 3]),
        worked([X0, EX, 20], ', 20 passos', ', 20 steps'),
        named('0 passos', '0 steps', [X0, EX, 0]),
        named('Nesterov, 10 passos', 'Nesterov, 10 steps', [X0, { ...EX, nesterov: true }, 10]),
        named('amortecimento 0,5, 10 passos', 'dampening 0.5, 10 steps', [X0, { ...EX, dampening: 0.5 }, 10]),
        named('decaimento de peso 0,1, 10 passos', 'weight decay 0.1, 10 steps', [
          X0,
          { ...EX, weightDecay: 0.1 },
          10,
        ]),
        named('momento 0 (descida do gradiente simples)', 'momentum 0 (plain gradient descent)', [
          [3, -1, 0.5],
          { ...EX, momentum: 0 },
          5,
        ]),
        ...random(rng, n, () => [vec(rng, rng.int(1, 4), 2), momentumOptions(rng), rng.int(1, 25)]),
      ],
    },
  ],
});
