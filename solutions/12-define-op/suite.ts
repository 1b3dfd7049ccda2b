// Hidden suite of 12-define-op: the student's functions return ops built with defineOp; the harness runs them
// (forward, backward with the case's upstream gradient, gradcheck) and returns plain numbers.
// Every case's args are [inputs, gradOutput]: the op's input values and ∂L/∂output (the output's shape).
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

type Nested = number | Nested[];

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const worked = (args: Case['args']): Case => named('exemplo resolvido', 'worked example', args);
const random = (rng: Rng, count: number, draw: () => Case['args']): Case[] =>
  rng.repeat(count, (i) => named(`aleatório #${i + 1}`, `random #${i + 1}`, draw()));

/** A nested array of the given shape, each entry drawn by `draw`. */
const filled = (shape: readonly number[], draw: () => number): Nested =>
  shape.length === 0 ? draw() : Array.from({ length: shape[0] }, () => filled(shape.slice(1), draw));

const normal =
  (rng: Rng, std = 1) =>
  (): number =>
    rng.normal(0, std);
const randomShape = (rng: Rng): number[] =>
  rng.next() < 0.3 ? [rng.int(1, 6)] : [rng.int(1, 4), rng.int(1, 5)];

/** A unary elementwise case: x of the given values, g of the same shape drawn at random. */
const unary = (rng: Rng, x: Nested[]): Case['args'] => {
  const shape = Array.isArray(x[0]) ? [x.length, x[0].length] : [x.length];
  return [[x], filled(shape, normal(rng))];
};
const unaryRandom = (rng: Rng, std: number): Case['args'] => {
  const shape = randomShape(rng);
  return [[filled(shape, normal(rng, std))], filled(shape, normal(rng))];
};

/** Broadcast shape of two shapes (right-aligned, 1 stretches). */
const broadcast = (a: readonly number[], b: readonly number[]): number[] => {
  const n = Math.max(a.length, b.length);
  return Array.from({ length: n }, (_, i) => {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    return da === 1 ? db : da;
  });
};
const binary = (rng: Rng, sa: number[], sb: number[]): Case['args'] => [
  [filled(sa, normal(rng, 1.5)), filled(sb, normal(rng, 1.5))],
  filled(broadcast(sa, sb), normal(rng)),
];

const linear = (rng: Rng, n: number, inDim: number, out: number): Case['args'] => [
  [filled([n, inDim], normal(rng)), filled([out, inDim], normal(rng, 0.7)), filled([out], normal(rng, 0.5))],
  filled([n, out], normal(rng)),
];

const UNARY_KEYS = ['forward', 'gradInput0', 'gradcheck'];
const harness = './harness.ts';
// The worked examples' inputs and upstream gradients (see the statement).
const X = [0.5, -2, 3];
const G = [1, 0.5, -1];

export default defineSuite({
  id: '12-define-op',
  title: {
    'pt-BR': 'Definindo uma operação: o backward com defineOp',
    en: 'Defining an op: the backward with defineOp',
  },
  module: 'ops.ts',
  // Forward and backward are a few float64 operations per element; gradcheck's own tolerance is PyTorch's.
  compare: { atol: 1e-12, rtol: 1e-9 },
  seededCount: 5,
  tasks: [
    {
      fn: 'makeSquareOp',
      points: 1,
      title: { 'pt-BR': 'quadrado, x²', en: 'square, x²' },
      harness,
      keys: UNARY_KEYS,
      cases: (rng, n) => [
        worked([[X], G]),
        named('zeros', 'zeros', unary(rng, [[0, 0, 0]])),
        named('linha 1×4', 'row 1×4', unary(rng, [[1.5, -0.25, 2, -3]])),
        named('coluna 3×1', 'column 3×1', unary(rng, [[-1], [0.5], [4]])),
        named('valores grandes', 'large values', unary(rng, [-100, 250, 1000])),
        ...random(rng, n, () => unaryRandom(rng, 2)),
      ],
    },
    {
      fn: 'makeSoftsignOp',
      points: 1,
      title: { 'pt-BR': 'softsign, x/(1 + |x|)', en: 'softsign, x/(1 + |x|)' },
      harness,
      keys: UNARY_KEYS,
      cases: (rng, n) => [
        worked([[X], G]),
        named(
          'zeros',
          'zeros',
          unary(rng, [
            [0, 0],
            [0, 0],
          ]),
        ),
        named('saturação (|x| grande)', 'saturation (large |x|)', unary(rng, [-1e6, -1000, 1000, 1e6])),
        named('coluna 4×1', 'column 4×1', unary(rng, [[-0.1], [0.1], [-5], [5]])),
        ...random(rng, n, () => unaryRandom(rng, 3)),
      ],
    },
    {
      fn: 'makeMulOp',
      points: 2,
      title: {
        'pt-BR': 'produto elemento a elemento, com broadcasting',
        en: 'elementwise product, with broadcasting',
      },
      harness,
      keys: ['forward', 'gradInput0', 'gradInput1', 'gradcheck'],
      cases: (rng, n) => [
        worked([
          [
            [
              [1, 2, 3],
              [4, 5, 6],
            ],
            [10, -1, 0.5],
          ],
          [
            [1, 0, -1],
            [0.5, 2, 1],
          ],
        ]),
        named('mesma forma 2×3', 'same shape 2×3', binary(rng, [2, 3], [2, 3])),
        named('coluna 3×1 vezes linha 1×4', 'column 3×1 times row 1×4', binary(rng, [3, 1], [1, 4])),
        named('escalar [1] vezes 2×2', 'scalar [1] times 2×2', binary(rng, [1], [2, 2])),
        named('2×3 vezes coluna 2×1', '2×3 times column 2×1', binary(rng, [2, 3], [2, 1])),
        named('zeros em a', 'zeros in a', [
          [
            [
              [0, 0],
              [0, 0],
            ],
            [
              [1.5, -2],
              [3, 0.5],
            ],
          ],
          [
            [1, -1],
            [2, 0.5],
          ],
        ]),
        ...random(rng, n, () => {
          const rows = rng.int(1, 4);
          const cols = rng.int(1, 4);
          const pairs: [number[], number[]][] = [
            [
              [rows, cols],
              [rows, cols],
            ],
            [[rows, cols], [cols]],
            [
              [rows, 1],
              [1, cols],
            ],
            [[cols], [rows, cols]],
            [
              [rows, cols],
              [rows, 1],
            ],
          ];
          const [sa, sb] = rng.pick(pairs);
          return binary(rng, sa, sb);
        }),
      ],
    },
    {
      fn: 'makeSwishOp',
      points: 2,
      title: { 'pt-BR': 'swish, x·σ(x)', en: 'swish, x·σ(x)' },
      harness,
      keys: UNARY_KEYS,
      cases: (rng, n) => [
        worked([[[-1, 0, 2]], [2, -1, 0.5]]),
        named('zeros', 'zeros', unary(rng, [[0, 0, 0]])),
        named('saturação (±40, ±800)', 'saturation (±40, ±800)', unary(rng, [-800, -40, 40, 800])),
        named('coluna 3×1', 'column 3×1', unary(rng, [[-2.5], [0.3], [1.2]])),
        ...random(rng, n, () => unaryRandom(rng, 3)),
      ],
    },
    {
      fn: 'makeLinearOp',
      points: 3,
      title: { 'pt-BR': 'camada linear, x·Wᵀ + b', en: 'linear layer, x·Wᵀ + b' },
      harness,
      keys: ['forward', 'gradInput0', 'gradInput1', 'gradInput2', 'gradcheck'],
      cases: (rng, n) => [
        worked([
          [
            [
              [1, 2],
              [3, -1],
            ],
            [
              [1, 0],
              [0, 1],
              [1, -1],
            ],
            [0.1, 0.2, 0.3],
          ],
          [
            [1, 0, 1],
            [0, 1, -1],
          ],
        ]),
        named('um exemplo (N = 1)', 'one example (N = 1)', linear(rng, 1, 3, 2)),
        named('uma entrada (in = 1)', 'one input (in = 1)', linear(rng, 4, 1, 2)),
        named('uma saída (out = 1)', 'one output (out = 1)', linear(rng, 3, 2, 1)),
        named('entradas zero', 'zero inputs', [
          [
            [
              [0, 0],
              [0, 0],
              [0, 0],
            ],
            [
              [0.5, -1],
              [2, 0.25],
            ],
            [1, -1],
          ],
          [
            [1, 2],
            [-1, 0.5],
            [0, 3],
          ],
        ]),
        ...random(rng, n, () => linear(rng, rng.int(2, 5), rng.int(1, 4), rng.int(1, 3))),
      ],
    },
  ],
});
