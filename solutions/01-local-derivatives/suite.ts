// Hidden suite of 01-local-derivatives: scalar in, scalar out.
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

const worked = (args: number[]): Case => ({
  name: { 'pt-BR': 'exemplo resolvido', en: 'worked example' },
  args,
});
const edge = (pt: string, en: string, args: number[]): Case => ({ name: { 'pt-BR': pt, en }, args });
const random = (rng: Rng, count: number, draw: () => number[]): Case[] =>
  rng.repeat(count, (i) => ({
    name: { 'pt-BR': `aleatório #${i + 1}`, en: `random #${i + 1}` },
    args: draw(),
  }));

// Around z = ±40 the derivatives are below 1e-17: an absolute tolerance lets every correct formula pass there.
const compare = { atol: 1e-12, rtol: 1e-9 };

const saturation = (): Case[] => [
  edge('z = 40 (saturação)', 'z = 40 (saturation)', [40]),
  edge('z = −40 (saturação)', 'z = −40 (saturation)', [-40]),
  edge('z = 1000 (e^z estoura)', 'z = 1000 (e^z overflows)', [1000]),
  edge('z = −1000 (e^−z estoura)', 'z = −1000 (e^−z overflows)', [-1000]),
];

export default defineSuite({
  id: '01-local-derivatives',
  title: { 'pt-BR': 'Derivadas locais', en: 'Local derivatives' },
  module: 'derivatives.ts',
  compare,
  seededCount: 6,
  tasks: [
    {
      fn: 'sigmoidPrime',
      points: 1,
      title: { 'pt-BR': 'derivada da sigmoide', en: 'derivative of the sigmoid' },
      cases: (rng, n) => [
        worked([-0.5]),
        edge('z = 0', 'z = 0', [0]),
        edge('z = 2', 'z = 2', [2]),
        ...saturation(),
        ...random(rng, n, () => [rng.uniform(-6, 6)]),
      ],
    },
    {
      fn: 'reluPrime',
      points: 1,
      title: { 'pt-BR': 'derivada da ReLU', en: 'derivative of the ReLU' },
      cases: (rng, n) => [
        worked([2]),
        edge('z = −1', 'z = −1', [-1]),
        edge('z = 0 (convenção: 0)', 'z = 0 (convention: 0)', [0]),
        edge('z = 1e−12', 'z = 1e−12', [1e-12]),
        edge('z = 1000', 'z = 1000', [1000]),
        ...random(rng, n, () => [rng.uniform(-5, 5)]),
      ],
    },
    {
      fn: 'softplusPrime',
      points: 1,
      title: { 'pt-BR': 'derivada da softplus', en: 'derivative of the softplus' },
      cases: (rng, n) => [
        worked([-1.43]),
        edge('z = 0', 'z = 0', [0]),
        edge('z = 3', 'z = 3', [3]),
        ...saturation(),
        ...random(rng, n, () => [rng.uniform(-6, 6)]),
      ],
    },
    {
      fn: 'tanhPrime',
      points: 1,
      title: { 'pt-BR': 'derivada da tangente hiperbólica', en: 'derivative of the hyperbolic tangent' },
      cases: (rng, n) => [
        worked([0.5]),
        edge('z = 0', 'z = 0', [0]),
        edge('z = −2', 'z = −2', [-2]),
        ...saturation(),
        ...random(rng, n, () => [rng.uniform(-4, 4)]),
      ],
    },
    {
      fn: 'halfSquaredErrorGrad',
      points: 1,
      title: { 'pt-BR': 'gradiente de ½(y − ŷ)² em ŷ', en: 'gradient of ½(y − ŷ)² with respect to ŷ' },
      cases: (rng, n) => [
        worked([0.5470529418638637, 1]),
        edge('ŷ = y', 'ŷ = y', [0.3, 0.3]),
        edge('ŷ > y', 'ŷ > y', [2.5, -1]),
        ...random(rng, n, () => [rng.normal(0, 2), rng.normal(0, 2)]),
      ],
    },
    {
      fn: 'ssrGradPrediction',
      points: 1,
      title: {
        'pt-BR': 'derivada de (observado − previsto)² no previsto',
        en: 'derivative of (observed − predicted)² with respect to predicted',
      },
      cases: (rng, n) => [
        worked([0, -2.60366523805941]),
        edge('observado = previsto', 'observed = predicted', [1, 1]),
        edge('previsto acima', 'prediction above', [1, 1.25]),
        ...random(rng, n, () => [rng.normal(0, 2), rng.normal(0, 2)]),
      ],
    },
  ],
});
