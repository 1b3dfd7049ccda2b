// Hidden suite of 04-chain-rule (E3: x → σ(θ1·x) → σ(θ2·a1), J = ½(y − ŷ)², one SGD step).
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

const E3 = { x: 1, y: 1, theta1: -0.5, theta2: 0.5 };
type P = typeof E3;

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const worked = (args: Case['args']): Case => named('exemplo resolvido', 'worked example', args);
const random = (rng: Rng, count: number, draw: () => Case['args']): Case[] =>
  rng.repeat(count, (i) => named(`aleatório #${i + 1}`, `random #${i + 1}`, draw()));

const params = (rng: Rng): P => ({
  x: rng.uniform(-2, 2),
  y: rng.uniform(0, 1),
  theta1: rng.normal(0, 1.5),
  theta2: rng.normal(0, 1.5),
});

// Edge cases shared by every task (each as the params object, the first argument).
const edges: readonly [string, string, P][] = [
  ['x = 0: θ1 não influi', 'x = 0: θ1 has no effect', { x: 0, y: 1, theta1: -0.5, theta2: 0.5 }],
  ['θ2 = 0: nada chega a θ1', 'θ2 = 0: nothing reaches θ1', { x: 1, y: 1, theta1: -0.5, theta2: 0 }],
  ['x negativo, y = 0', 'negative x, y = 0', { x: -1.5, y: 0, theta1: 0.8, theta2: -1.2 }],
  ['saturação (θ1 = θ2 = 30)', 'saturation (θ1 = θ2 = 30)', { x: 1, y: 0, theta1: 30, theta2: 30 }],
  [
    'saturação para baixo (θ1 = −40)',
    'saturation towards 0 (θ1 = −40)',
    { x: 1, y: 1, theta1: -40, theta2: 2 },
  ],
];
const edgeCases = (extra: Case['args'] = []): Case[] =>
  edges.map(([pt, en, p]) => named(pt, en, [p, ...extra]));

export default defineSuite({
  id: '04-chain-rule',
  title: { 'pt-BR': 'A regra da cadeia em duas camadas', en: 'The chain rule through two layers' },
  module: 'chain-rule.ts',
  // Tiny saturated derivatives (1e-14 and below) pass on the absolute tolerance whatever form of σ′ is used.
  compare: { atol: 1e-12, rtol: 1e-9 },
  seededCount: 6,
  tasks: [
    {
      fn: 'forward',
      points: 1,
      title: { 'pt-BR': 'a passagem para a frente', en: 'the forward pass' },
      keys: ['z1', 'a1', 'z2', 'a2', 'J'],
      cases: (rng, n) => [worked([E3]), ...edgeCases(), ...random(rng, n, () => [params(rng)])],
    },
    {
      fn: 'localDerivatives',
      points: 2,
      title: { 'pt-BR': 'as derivadas locais da cadeia', en: 'the local derivatives of the chain' },
      keys: ['dJ_da2', 'da2_dz2', 'dz2_dtheta2', 'dz2_da1', 'da1_dz1', 'dz1_dtheta1'],
      cases: (rng, n) => [worked([E3]), ...edgeCases(), ...random(rng, n, () => [params(rng)])],
    },
    {
      fn: 'gradients',
      points: 3,
      title: { 'pt-BR': 'os gradientes dJ/dθ2 e dJ/dθ1', en: 'the gradients dJ/dθ2 and dJ/dθ1' },
      keys: ['dJ_dtheta2', 'dJ_dtheta1'],
      cases: (rng, n) => [worked([E3]), ...edgeCases(), ...random(rng, n, () => [params(rng)])],
    },
    {
      fn: 'sgdStep',
      points: 2,
      title: { 'pt-BR': 'um passo de descida do gradiente', en: 'one gradient-descent step' },
      keys: ['theta1', 'theta2'],
      cases: (rng, n) => [
        worked([E3, 0.1]),
        named('taxa de aprendizado 1', 'learning rate 1', [E3, 1]),
        named('taxa de aprendizado 0', 'learning rate 0', [E3, 0]),
        ...edgeCases([0.5]),
        ...random(rng, n, () => [params(rng), rng.pick([0.1, 0.5, 1, 2])]),
      ],
    },
    {
      fn: 'trainStep',
      points: 2,
      title: { 'pt-BR': 'o passo completo e o novo custo', en: 'the whole step and the new cost' },
      keys: ['J', 'dJ_dtheta2', 'dJ_dtheta1', 'theta1', 'theta2', 'yHat', 'newJ'],
      cases: (rng, n) => [
        worked([E3, 0.1]),
        named('taxa de aprendizado 5', 'learning rate 5', [E3, 5]),
        ...edgeCases([1]),
        ...random(rng, n, () => [params(rng), rng.pick([0.1, 0.5, 1, 2])]),
      ],
    },
  ],
});
