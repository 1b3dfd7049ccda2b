// Hidden suite of 05-delta-recursion (E4, the vectorised delta recursion, for any depth).
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

type Matrix = number[][];

// E4 (with the erratum: y = [0.7, 0.8], the summed loss).
const X = [
  [0.5, 0.1],
  [0.2, 0.6],
];
const Y = [[0.7], [0.8]];
const THETAS = [
  [
    [0.5, 0.2],
    [0.6, -0.1],
    [-0.4, -0.3],
  ],
  [[0.7, -0.1, 0.2]],
];

// A small, self-contained forward pass and delta recursion, only to build realistic arguments for the
// one-layer tasks (the expected values always come from the reference).
const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const matmul = (a: Matrix, b: Matrix): Matrix =>
  a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
const transpose = (a: Matrix): Matrix => a[0].map((_, j) => a.map((row) => row[j]));
const activationsOf = (x: Matrix, thetas: Matrix[]): Matrix[] =>
  thetas.reduce<Matrix[]>(
    (acts, t) => [...acts, matmul(acts[acts.length - 1], transpose(t)).map((r) => r.map(sigmoid))],
    [x],
  );
const deltasOf = (acts: Matrix[], y: Matrix, thetas: Matrix[]): Matrix[] => {
  const L = thetas.length;
  const d: Matrix[] = new Array<Matrix>(L);
  const prime = (a: Matrix): Matrix => a.map((r) => r.map((v) => v * (1 - v)));
  const had = (a: Matrix, b: Matrix): Matrix => a.map((r, i) => r.map((v, j) => v * b[i][j]));
  d[L - 1] = had(
    acts[L].map((r, i) => r.map((v, j) => v - y[i][j])),
    prime(acts[L]),
  );
  for (let l = L - 1; l >= 1; l--) d[l - 1] = had(matmul(d[l], thetas[l]), prime(acts[l]));
  return d;
};

interface Net {
  X: Matrix;
  Y: Matrix;
  thetas: Matrix[];
}
/** A random network with layer sizes `sizes` and m examples. */
const net = (rng: Rng, sizes: number[], m: number, scale = 1): Net => ({
  X: rng.matrix(m, sizes[0], () => rng.uniform(-1, 1)),
  Y: rng.matrix(m, sizes[sizes.length - 1], () => rng.uniform(0, 1)),
  thetas: sizes.slice(1).map((n, l) => rng.matrix(n, sizes[l], () => scale * rng.normal(0, 1))),
});
const randomNet = (rng: Rng): Net => {
  const depth = rng.int(1, 4);
  return net(
    rng,
    rng.array(depth + 1, () => rng.int(1, 4)),
    rng.int(1, 4),
  );
};

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const random = (rng: Rng, count: number, draw: () => Case['args']): Case[] =>
  rng.repeat(count, (i) => named(`aleatório #${i + 1}`, `random #${i + 1}`, draw()));

/** The worked example and the networks every whole-network task is graded on (fixed per seed). */
const networks = (rng: Rng): [string, string, Net][] => [
  ['exemplo resolvido (E4)', 'worked example (E4)', { X, Y, thetas: THETAS }],
  ['rede mais funda 2-4-3-2, 3 exemplos', 'deeper network 2-4-3-2, 3 examples', net(rng, [2, 4, 3, 2], 3)],
  ['rede 3-4-4-3-2 (quatro camadas)', 'network 3-4-4-3-2 (four layers)', net(rng, [3, 4, 4, 3, 2], 2)],
  ['um só exemplo (X é 1×3)', 'a single example (X is 1×3)', net(rng, [3, 2, 1], 1)],
  ['uma só unidade por camada (X é 4×1)', 'one unit per layer (X is 4×1)', net(rng, [1, 1, 1], 4)],
  ['uma só camada (sem camada oculta)', 'a single layer (no hidden layer)', net(rng, [3, 2], 2)],
  ['saturação (pesos grandes)', 'saturation (large weights)', net(rng, [2, 3, 2], 2, 25)],
];

export default defineSuite({
  id: '05-delta-recursion',
  title: { 'pt-BR': 'A recursão dos deltas, vetorizada', en: 'The delta recursion, vectorised' },
  module: 'delta.ts',
  // Saturated layers give δ far below 1e-12: the absolute tolerance lets any correct order of operations pass.
  compare: { atol: 1e-12, rtol: 1e-9 },
  seededCount: 5,
  tasks: [
    {
      fn: 'forward',
      points: 2,
      title: { 'pt-BR': 'a passagem para a frente, camada a camada', en: 'the forward pass, layer by layer' },
      cases: (rng, n) => [
        ...networks(rng).map(([pt, en, k]) => named(pt, en, [k.X, k.thetas])),
        ...random(rng, n, () => {
          const k = randomNet(rng);
          return [k.X, k.thetas];
        }),
      ],
    },
    {
      fn: 'outputDelta',
      points: 1,
      title: { 'pt-BR': 'o delta da camada de saída', en: 'the delta of the output layer' },
      cases: (rng, n) => [
        named('exemplo resolvido (E4)', 'worked example (E4)', [activationsOf(X, THETAS)[2], Y]),
        named('previsão perfeita', 'perfect prediction', [[[0.3, 0.9]], [[0.3, 0.9]]]),
        named('uma saída, um exemplo (1×1)', 'one output, one example (1×1)', [[[0.25]], [[1]]]),
        named('saturação (a ≈ 0 e a ≈ 1)', 'saturation (a ≈ 0 and a ≈ 1)', [
          [
            [1e-12, 1 - 1e-12],
            [0.5, 0.999999],
          ],
          [
            [1, 0],
            [0, 1],
          ],
        ]),
        ...random(rng, n, () => {
          const m = rng.int(1, 4);
          const k = rng.int(1, 4);
          return [rng.matrix(m, k, () => rng.uniform(0.01, 0.99)), rng.matrix(m, k, () => rng.uniform(0, 1))];
        }),
      ],
    },
    {
      fn: 'hiddenDelta',
      points: 2,
      title: { 'pt-BR': 'o delta de uma camada oculta', en: 'the delta of a hidden layer' },
      cases: (rng, n) => {
        const a = activationsOf(X, THETAS);
        const d = deltasOf(a, Y, THETAS);
        return [
          named('exemplo resolvido (E4): δ(1)', 'worked example (E4): δ(1)', [d[1], THETAS[1], a[1]]),
          named('um exemplo (1×n)', 'one example (1×n)', [
            [[0.2, -0.1]],
            [
              [0.5, -1, 2],
              [1.5, 0.3, -0.7],
            ],
            [[0.6, 0.3, 0.9]],
          ]),
          named('uma unidade (n×1)', 'one unit (n×1)', [
            [[0.1], [-0.2], [0.05]],
            [[2]],
            [[0.7], [0.2], [0.5]],
          ]),
          named('delta seguinte nulo', 'next delta is zero', [
            [[0, 0]],
            [
              [1, 2],
              [3, 4],
            ],
            [[0.5, 0.5]],
          ]),
          ...random(rng, n, () => {
            const m = rng.int(1, 4);
            const next = rng.int(1, 4);
            const here = rng.int(1, 4);
            return [
              rng.matrix(m, next, () => rng.normal(0, 0.1)),
              rng.matrix(next, here, () => rng.normal(0, 1)),
              rng.matrix(m, here, () => rng.uniform(0.01, 0.99)),
            ];
          }),
        ];
      },
    },
    {
      fn: 'weightGradients',
      points: 2,
      title: {
        'pt-BR': 'os gradientes dos pesos de todas as camadas',
        en: 'the weight gradients of every layer',
      },
      cases: (rng, n) => [
        ...networks(rng).map(([pt, en, k]) => {
          const a = activationsOf(k.X, k.thetas);
          return named(pt, en, [deltasOf(a, k.Y, k.thetas), a]);
        }),
        ...random(rng, n, () => {
          const k = randomNet(rng);
          const a = activationsOf(k.X, k.thetas);
          return [deltasOf(a, k.Y, k.thetas), a];
        }),
      ],
    },
    {
      fn: 'backprop',
      points: 3,
      title: { 'pt-BR': 'a retropropagação completa', en: 'the whole backpropagation' },
      // Compares a(0)…a(L), δ(L)…δ(1), ∂J/∂θ(L)…∂J/∂θ(1), so feedback names the first layer that diverges.
      harness: './harness.ts',
      cases: (rng, n) => [
        ...networks(rng).map(([pt, en, k]) => named(pt, en, [k.X, k.Y, k.thetas])),
        ...random(rng, n, () => {
          const k = randomNet(rng);
          return [k.X, k.Y, k.thetas];
        }),
      ],
    },
    {
      fn: 'step',
      points: 1,
      title: { 'pt-BR': 'um passo de descida do gradiente', en: 'one gradient-descent step' },
      cases: (rng, n) => {
        const a = activationsOf(X, THETAS);
        const grads = deltasOf(a, Y, THETAS).map((d, i) => matmul(transpose(d), a[i]));
        return [
          named('exemplo resolvido (E4), η = 0,1', 'worked example (E4), η = 0.1', [THETAS, grads, 0.1]),
          named('η = 0', 'η = 0', [THETAS, grads, 0]),
          ...random(rng, n, () => {
            const k = randomNet(rng);
            return [
              k.thetas,
              k.thetas.map((t) => t.map((r) => r.map(() => rng.normal(0, 0.1)))),
              rng.pick([0.1, 0.5, 1, 3]),
            ];
          }),
        ];
      },
    },
  ],
});
