// Hidden suite of 07-bias-trick (the XOR forward pass of E5: 2-2-1 implemented as 3-3-1).
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

const XOR_X = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
const XOR_XB = XOR_X.map((row) => [...row, 1]);
const XOR_Y = [0, 1, 1, 0];
// Rows: the weights into each hidden node, in the input order (x0, x1, bias).
const W1 = [
  [0.351, 1.076, 1.116],
  [0.097, -0.165, 0.542],
  [0.457, -0.165, -0.331],
];
const W2 = [0.383, -0.327, -0.329];
// The hidden activations and outputs of the worked example, computed in float64.
const HIDDEN = [
  [0.7532460039491867, 0.6322775459347753, 0.4179973276658278],
  [0.8995288043924039, 0.5931493361286236, 0.378481143072389],
  [0.8126009725042335, 0.6545273742710865, 0.5314583915563169],
  [0.927101838604175, 0.6163300647300389, 0.4902512356245618],
];
const OUTPUT = [0.4860579504054513, 0.5065094829653212, 0.48059622723602285, 0.49806186383178314];
const CLASSES = [0, 1, 0, 0];

// Large weights: σ is 1 or ~0 there (σ(−100) ≈ 3.7e−44), which the absolute tolerance accepts from any correct formula.
const W1_SATURATED = [
  [50, 50, 0],
  [-50, -50, 0],
  [0, 0, 0],
];
const W2_SATURATED = [40, -40, 10];

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const worked = (args: Case['args']): Case => named('exemplo resolvido', 'worked example', args);
const random = (rng: Rng, count: number, draw: () => Case['args']): Case[] =>
  rng.repeat(count, (i) => named(`aleatório #${i + 1}`, `random #${i + 1}`, draw()));

const weight = (rng: Rng) => (): number => rng.normal(0, 1.5);
const bit = (rng: Rng) => (): number => rng.int(0, 1);

/** A random network: n examples with d features, h hidden nodes (weights h × (d + 1)) and the output weights (h). */
const network = (rng: Rng): { X: number[][]; W1: number[][]; w2: number[] } => {
  const n = rng.int(1, 5);
  const d = rng.int(1, 3);
  const h = rng.int(1, 4);
  const X = rng.matrix(n, d, rng.next() < 0.5 ? bit(rng) : () => rng.uniform(-2, 2));
  return { X, W1: rng.matrix(h, d + 1, weight(rng)), w2: rng.array(h, weight(rng)) };
};

export default defineSuite({
  id: '07-bias-trick',
  title: { 'pt-BR': 'O truque do viés: XOR em 3-3-1', en: 'The bias trick: XOR as 3-3-1' },
  module: 'bias-trick.ts',
  compare: { atol: 1e-12, rtol: 1e-9 },
  seededCount: 6,
  tasks: [
    {
      fn: 'appendBiasColumn',
      points: 1,
      title: { 'pt-BR': 'coluna de uns no fim', en: 'a column of ones at the end' },
      cases: (rng, n) => [
        worked([XOR_X]),
        named('um exemplo (1×3)', 'one example (1×3)', [[[0.3, -2, 5]]]),
        named('uma característica (3×1)', 'one feature (3×1)', [[[1], [2], [3]]]),
        named('nenhum exemplo', 'no examples', [[]]),
        ...random(rng, n, () => [rng.matrix(rng.int(1, 5), rng.int(1, 4), () => rng.uniform(-3, 3))]),
      ],
    },
    {
      fn: 'hiddenLayer',
      points: 2,
      title: { 'pt-BR': 'camada oculta σ(Xb Wᵀ)', en: 'hidden layer σ(Xb Wᵀ)' },
      cases: (rng, n) => [
        worked([XOR_XB, W1]),
        named('só a entrada (0, 1, 1)', 'only the input (0, 1, 1)', [[[0, 1, 1]], W1]),
        named('um nó oculto (4×1)', 'one hidden node (4×1)', [XOR_XB, [[0.5, -1, 0.25]]]),
        named('pesos grandes (saturação)', 'large weights (saturation)', [XOR_XB, W1_SATURATED]),
        named('pesos nulos: σ(0) = 0,5', 'zero weights: σ(0) = 0.5', [
          XOR_XB,
          [
            [0, 0, 0],
            [0, 0, 0],
          ],
        ]),
        ...random(rng, n, () => {
          const { X, W1: W } = network(rng);
          return [X.map((row) => [...row, 1]), W];
        }),
      ],
    },
    {
      fn: 'outputLayer',
      points: 1,
      title: { 'pt-BR': 'saída σ(H wᵀ), sem viés', en: 'output σ(H wᵀ), no bias' },
      cases: (rng, n) => [
        worked([HIDDEN, W2]),
        named('só a entrada (0, 1, 1)', 'only the input (0, 1, 1)', [[HIDDEN[1]], W2]),
        named('pesos grandes (saturação)', 'large weights (saturation)', [HIDDEN, [40, -40, 30]]),
        named('um nó oculto', 'one hidden node', [[[0.2], [0.9]], [-3]]),
        ...random(rng, n, () => {
          const rows = rng.int(1, 5);
          const h = rng.int(1, 4);
          return [rng.matrix(rows, h, () => rng.next()), rng.array(h, weight(rng))];
        }),
      ],
    },
    {
      fn: 'predictClass',
      points: 1,
      title: { 'pt-BR': 'degrau no limiar', en: 'step at the threshold' },
      cases: (rng, n) => [
        worked([OUTPUT]),
        named('limiar 0,49', 'threshold 0.49', [OUTPUT, 0.49]),
        named('exatamente no limiar', 'exactly at the threshold', [[0.5, 0.25, 0.75], 0.5]),
        named('exatamente no limiar padrão', 'exactly at the default threshold', [[0.5, 0.4999999]]),
        named('nenhuma saída', 'no outputs', [[]]),
        ...random(rng, n, () => {
          const outputs = rng.array(rng.int(1, 6), () => rng.next());
          return rng.next() < 0.5 ? [outputs] : [outputs, rng.uniform(0.2, 0.8)];
        }),
      ],
    },
    {
      fn: 'forwardXor',
      points: 3,
      title: { 'pt-BR': 'o passo para frente completo', en: 'the whole forward pass' },
      keys: ['withBias', 'hidden', 'output', 'classes'],
      cases: (rng, n) => [
        worked([XOR_X, W1, W2]),
        named('só o exemplo (0, 1)', 'only the example (0, 1)', [[[0, 1]], W1, W2]),
        named('pesos grandes (saturação)', 'large weights (saturation)', [XOR_X, W1_SATURATED, W2_SATURATED]),
        ...random(rng, 2, () => [XOR_X, rng.matrix(3, 3, weight(rng)), rng.array(3, weight(rng))]),
        ...random(rng, n, () => {
          const net = network(rng);
          return [net.X, net.W1, net.w2];
        }).map((c, i) => ({
          ...c,
          name: { 'pt-BR': `aleatório, outra forma #${i + 1}`, en: `random, another shape #${i + 1}` },
        })),
      ],
    },
    {
      fn: 'accuracy',
      points: 1,
      title: { 'pt-BR': 'acurácia', en: 'accuracy' },
      cases: (rng, n) => [
        worked([CLASSES, XOR_Y]),
        named('tudo certo', 'all right', [XOR_Y, XOR_Y]),
        named('tudo errado', 'all wrong', [[1, 0, 0, 1], XOR_Y]),
        named('um exemplo', 'one example', [[1], [1]]),
        ...random(rng, n, () => {
          const len = rng.int(1, 8);
          return [rng.array(len, bit(rng)), rng.array(len, bit(rng))];
        }),
      ],
    },
  ],
});
