// Hidden suite of 03-computation-graph (E2: the ReLU computation graph, forward, backward and the nudge check).
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

const E2 = { x: 1, y: 5, w1: 2, b1: 0, w2: 3, b2: 1 };

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const worked = (args: Case['args']): Case => named('exemplo resolvido', 'worked example', args);
const random = (rng: Rng, count: number, draw: () => Case['args']): Case[] =>
  rng.repeat(count, (i) => named(`aleatório #${i + 1}`, `random #${i + 1}`, draw()));

// Parameters drawn so that every ReLU is on or off by a clear margin (no z within 1e-3 of 0).
const params = (rng: Rng): { x: number; y: number; w1: number; b1: number; w2: number; b2: number } => {
  for (;;) {
    const p = {
      x: rng.uniform(-2, 2),
      y: rng.normal(0, 3),
      w1: rng.normal(0, 2),
      b1: rng.normal(0, 1),
      w2: rng.normal(0, 2),
      b2: rng.normal(0, 1),
    };
    const z1 = p.w1 * p.x + p.b1;
    const z2 = p.w2 * Math.max(0, z1) + p.b2;
    if (Math.abs(z1) > 1e-3 && Math.abs(z2) > 1e-3) return p;
  }
};

// The graph's edge cases: each ReLU off in turn, a ReLU exactly at 0, and a perfect prediction.
const edges = (): Case[] => [
  named('ReLU da camada 1 desligada (z1 = −2)', 'layer-1 ReLU off (z1 = −2)', [{ ...E2, w1: -2 }]),
  named('ReLU da saída desligada (z2 = −5)', 'output ReLU off (z2 = −5)', [{ ...E2, b2: -11 }]),
  named('z1 = 0 exatamente (ReLU′(0) = 0)', 'z1 exactly 0 (ReLU′(0) = 0)', [{ ...E2, b1: -2 }]),
  named('previsão perfeita (a2 = y)', 'perfect prediction (a2 = y)', [{ ...E2, y: 7 }]),
  named('x = −1,5 e y = 0', 'x = −1.5 and y = 0', [{ x: -1.5, y: 0, w1: -1, b1: 0.25, w2: 0.5, b2: 2 }]),
];

export default defineSuite({
  id: '03-computation-graph',
  title: { 'pt-BR': 'O grafo computacional com ReLU', en: 'The computation graph with ReLU' },
  module: 'graph.ts',
  compare: { atol: 1e-9, rtol: 1e-9 },
  seededCount: 6,
  tasks: [
    {
      fn: 'forwardNodes',
      points: 2,
      title: { 'pt-BR': 'a passagem para a frente, nó a nó', en: 'the forward pass, node by node' },
      keys: ['t1', 'z1', 'a1', 't2', 'z2', 'a2', 'J'],
      cases: (rng, n) => [worked([E2]), ...edges(), ...random(rng, n, () => [params(rng)])],
    },
    {
      fn: 'backwardNodes',
      points: 3,
      title: {
        'pt-BR': 'a passagem para trás: todas as derivadas',
        en: 'the backward pass: every derivative',
      },
      keys: [
        'dJ_da2',
        'dJ_dz2',
        'dJ_db2',
        'dJ_dt2',
        'dJ_dw2',
        'dJ_da1',
        'dJ_dz1',
        'dJ_db1',
        'dJ_dt1',
        'dJ_dw1',
      ],
      cases: (rng, n) => [worked([E2]), ...edges(), ...random(rng, n, () => [params(rng)])],
    },
    {
      fn: 'nudgeCheck',
      points: 2,
      title: {
        'pt-BR': 'conferir uma derivada empurrando o parâmetro',
        en: 'checking a derivative by nudging the parameter',
      },
      keys: ['before', 'after', 'estimate'],
      // estimate = (after − before)/h: float64 noise in J is amplified by 1/h.
      compare: { atol: 1e-8, rtol: 1e-8 },
      cases: (rng, n) => [
        worked([E2, 'w1', 0.001]),
        named('exemplo resolvido, b2', 'worked example, b2', [E2, 'b2', 0.001]),
        named('exemplo resolvido, w2, h negativo', 'worked example, w2, negative h', [E2, 'w2', -0.001]),
        named(
          'ReLU da camada 1 desligada: empurrar w1 não muda J',
          'layer-1 ReLU off: nudging w1 leaves J unchanged',
          [{ ...E2, w1: -2 }, 'w1', 0.001],
        ),
        named('h = 0,01', 'h = 0.01', [E2, 'b1', 0.01]),
        ...random(rng, n, () => [
          params(rng),
          rng.pick(['w1', 'b1', 'w2', 'b2']),
          rng.pick([0.001, -0.001, 0.01, 0.002]),
        ]),
      ],
    },
    {
      fn: 'costOfDerivatives',
      points: 1,
      title: {
        'pt-BR': 'o custo de empurrar versus retropropagar',
        en: 'the cost of nudging versus backprop',
      },
      keys: ['nudging', 'backprop'],
      cases: (rng, n) => [
        worked([7, 4]),
        named('um nó, um parâmetro', 'one node, one parameter', [1, 1]),
        named(
          '10 mil nós, 100 mil parâmetros',
          '10 thousand nodes, 100 thousand parameters',
          [10_000, 100_000],
        ),
        ...random(rng, n, () => [rng.int(2, 5000), rng.int(1, 20000)]),
      ],
    },
  ],
});
