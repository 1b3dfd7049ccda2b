// Hidden suite of 09-linear-mlp (E7: an MLP with φ(z) = c·z is one affine map, so its decision boundary is linear).
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

const W1 = [
  [1, -1],
  [2, 0.5],
];
const B1 = [0.5, -1];
const W2 = [[1, 3]];
const B2 = [0.25];
const W3 = [[-1]];
const B3 = [0.5];

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const worked = (args: Case['args']): Case => named('exemplo resolvido', 'worked example', args);
const random = (rng: Rng, count: number, draw: () => Case['args']): Case[] =>
  rng.repeat(count, (i) => named(`aleatório #${i + 1}`, `random #${i + 1}`, draw()));

const value = (rng: Rng) => (): number => rng.uniform(-2, 2);
const randomC = (rng: Rng): number => (rng.next() < 0.3 ? rng.pick([2, 0.5, -1]) : rng.uniform(-2.5, 2.5));

/** A layer from `inputs` to `outputs` units: W is outputs × inputs. */
const layer = (rng: Rng, inputs: number, outputs: number): { W: number[][]; b: number[] } => ({
  W: rng.matrix(outputs, inputs, value(rng)),
  b: rng.array(outputs, value(rng)),
});

/** The arguments W1, b1, W2, b2 of a random d-h-o network. */
const twoLayers = (rng: Rng): [number[][], number[], number[][], number[]] => {
  const d = rng.int(1, 3);
  const h = rng.int(1, 4);
  const o = rng.int(1, 3);
  const first = layer(rng, d, h);
  const second = layer(rng, h, o);
  return [first.W, first.b, second.W, second.b];
};

/** Seeded points (values of x, c and every wl, bl) at which the formulas are evaluated. */
const points = (rng: Rng, depth: number, count = 8): Record<string, number>[] =>
  rng.repeat(count, () => {
    const point: Record<string, number> = { x: rng.uniform(-3, 3), c: rng.uniform(-2, 2) };
    for (let l = 1; l <= depth; l++) {
      point[`w${l}`] = rng.uniform(-2, 2);
      point[`b${l}`] = rng.uniform(-2, 2);
    }
    return point;
  });

/** A case of collapsedExpression: the name says that only depth reaches the student's function. */
const formula = (pt: string, en: string, depth: number, at: Record<string, number>[]): Case =>
  named(
    `${pt}: depth = ${depth}, fórmulas avaliadas em ${at.length} pontos (slope e intercept em cada um)`,
    `${en}: depth = ${depth}, formulas evaluated at ${at.length} points (slope and intercept at each)`,
    [depth, at],
  );

export default defineSuite({
  id: '09-linear-mlp',
  title: { 'pt-BR': 'MLP com ativação linear', en: 'An MLP with a linear activation' },
  module: 'linear-mlp.ts',
  compare: { atol: 1e-9, rtol: 1e-9 },
  seededCount: 6,
  tasks: [
    {
      fn: 'mlpForwardLinear',
      points: 1,
      title: { 'pt-BR': 'passo para frente com φ(z) = c·z', en: 'forward pass with φ(z) = c·z' },
      keys: ['z1', 'a1', 'output'],
      cases: (rng, n) => [
        worked([[1, 2], W1, B1, W2, B2, 2]),
        named('c = 0', 'c = 0', [[1, 2], W1, B1, W2, B2, 0]),
        named('rede 1-1-1', '1-1-1 network', [[3], [[0.5]], [-1], [[2]], [0.25], -1]),
        named('entrada nula: só os vieses', 'zero input: only the biases', [[0, 0], W1, B1, W2, B2, 0.5]),
        ...random(rng, n, () => {
          const [w1, b1, w2, b2] = twoLayers(rng);
          return [rng.array(w1[0].length, value(rng)), w1, b1, w2, b2, randomC(rng)];
        }),
      ],
    },
    {
      fn: 'collapseToAffine',
      points: 2,
      title: { 'pt-BR': 'duas camadas viram uma: W e b', en: 'two layers become one: W and b' },
      keys: ['W', 'b'],
      cases: (rng, n) => [
        worked([W1, B1, W2, B2, 2]),
        named('c = 1: composição de afins', 'c = 1: composing affine maps', [W1, B1, W2, B2, 1]),
        named('c = 0: sobra b2', 'c = 0: only b2 is left', [W1, B1, W2, B2, 0]),
        named('rede 1-1-1', '1-1-1 network', [[[0.5]], [-1], [[2]], [0.25], -1]),
        named('saída com 3 unidades (3×1 ← 1)', 'three outputs (3×1 ← 1)', [
          [[2]],
          [1],
          [[1], [-1], [0.5]],
          [0, 1, 2],
          0.5,
        ]),
        ...random(rng, n, () => [...twoLayers(rng), randomC(rng)]),
      ],
    },
    {
      fn: 'collapseLayers',
      points: 2,
      title: { 'pt-BR': 'qualquer número de camadas', en: 'any number of layers' },
      keys: ['W', 'b'],
      cases: (rng, n) => [
        worked([
          [
            { W: W1, b: B1 },
            { W: W2, b: B2 },
            { W: W3, b: B3 },
          ],
          2,
        ]),
        named('duas camadas', 'two layers', [
          [
            { W: W1, b: B1 },
            { W: W2, b: B2 },
          ],
          2,
        ]),
        named('uma camada: sem ativação', 'one layer: no activation', [[{ W: W1, b: B1 }], 2]),
        named('quatro camadas 1-1-1-1-1', 'four layers 1-1-1-1-1', [
          [
            { W: [[2]], b: [1] },
            { W: [[-1]], b: [0.5] },
            { W: [[3]], b: [-2] },
            { W: [[0.5]], b: [0.25] },
          ],
          -2,
        ]),
        ...random(rng, n, () => {
          const depth = rng.int(2, 5);
          const sizes = rng.array(depth + 1, () => rng.int(1, 3));
          return [sizes.slice(1).map((out, l) => layer(rng, sizes[l], out)), randomC(rng)];
        }),
      ],
    },
    {
      fn: 'collapsedExpression',
      points: 2,
      title: { 'pt-BR': 'a fórmula simbólica do colapso', en: 'the symbolic formula of the collapse' },
      // The harness evaluates the two strings with mathjs at the case's points: equivalent formulas pass.
      harness: './harness.ts',
      keys: ['slope', 'intercept'],
      // Each case is [depth, points]: the function receives only depth; the points are where the harness evaluates.
      cases: (rng) => [
        formula('exemplo resolvido', 'worked example', 2, [
          { x: 1, c: 2, w1: 3, b1: 0.5, w2: -1, b2: 0.25 },
          ...points(rng, 2),
        ]),
        formula('uma camada', 'one layer', 1, points(rng, 1)),
        formula('três camadas', 'three layers', 3, points(rng, 3)),
        formula('quatro camadas', 'four layers', 4, points(rng, 4)),
        formula('cinco camadas', 'five layers', 5, points(rng, 5)),
        formula('duas camadas, c = 0 e c = 1', 'two layers, c = 0 and c = 1', 2, [
          { x: 2, c: 0, w1: 1.5, b1: -1, w2: 2, b2: 0.5 },
          { x: 2, c: 1, w1: 1.5, b1: -1, w2: 2, b2: 0.5 },
        ]),
      ],
    },
  ],
});
