// Every op of the tensor engine against central differences, on random shapes (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Tensor } from '@bp/tensor';
import { Rng, broadcastShapes, randn } from '@bp/tensor';
import * as ag from '../../src/index.js';
import type { Variable } from '../../src/index.js';

const dim = fc.integer({ min: 1, max: 3 });
const shapeArb = fc.array(dim, { minLength: 0, maxLength: 3 });

/** A shape and one that broadcasts against it (leading dims dropped, some set to 1), in either order. */
const broadcastPair = shapeArb.chain((s) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: s.length }),
      fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }),
      fc.boolean(),
    )
    .map(([drop, unit, swap]) => {
      const other = s.slice(drop).map((d, i) => (unit[i + drop] ? 1 : d));
      return swap ? ([other, s] as const) : ([s, other] as const);
    }),
);

const seedArb = fc.integer({ min: 0, max: 2 ** 31 });

/** Random values kept away from the kinks and poles an op may have (0 for relu/abs, ≤ 0 for log). */
function sample(shape: readonly number[], seed: number, domain: 'any' | 'positive' | 'awayFromZero'): Tensor {
  const rng = new Rng(seed);
  const t = randn(shape, { rng });
  for (let i = 0; i < t.size; i++) {
    const x = t.data[i];
    if (domain === 'positive') t.data[i] = 0.5 + Math.abs(x);
    if (domain === 'awayFromZero') t.data[i] = (Math.abs(x) + 0.1) * Math.sign(x || 1);
  }
  return t;
}

function expectGradcheck(f: (...xs: Variable[]) => Variable, inputs: Tensor[]): void {
  // gradcheck walks the full Jacobian: every input element against every output element.
  const report = ag.gradcheck(f, inputs, { eps: 1e-6, atol: 1e-6, rtol: 1e-5 });
  expect(report.message).toMatch(/agrees/);
  expect(report.ok).toBe(true);
}

const settings = { numRuns: 25 };

describe('binary elementwise ops with broadcasting agree with central differences', () => {
  const cases: [string, (a: Variable, b: Variable) => Variable, 'any' | 'awayFromZero'][] = [
    ['add', ag.add, 'any'],
    ['sub', ag.sub, 'any'],
    ['mul', ag.mul, 'any'],
    ['div', ag.div, 'awayFromZero'],
  ];
  for (const [name, op, domain] of cases) {
    it(name, () => {
      fc.assert(
        fc.property(broadcastPair, seedArb, ([sa, sb], seed) => {
          broadcastShapes(name, sa, sb);
          expectGradcheck(op, [sample(sa, seed, 'any'), sample(sb, seed + 1, domain)]);
        }),
        settings,
      );
    });
  }
});

describe('unary ops agree with central differences', () => {
  const cases: [string, (a: Variable) => Variable, 'any' | 'positive' | 'awayFromZero'][] = [
    ['neg', ag.neg, 'any'],
    ['exp', ag.exp, 'any'],
    ['log', ag.log, 'positive'],
    ['sqrt', ag.sqrt, 'positive'],
    ['abs', ag.abs, 'awayFromZero'],
    ['tanh', ag.tanh, 'any'],
    ['sigmoid', ag.sigmoid, 'any'],
    ['relu', ag.relu, 'awayFromZero'],
    ['softplus', ag.softplus, 'any'],
    ['pow 3', (a) => ag.pow(a, 3), 'any'],
    ['pow -1.5', (a) => ag.pow(a, -1.5), 'positive'],
  ];
  for (const [name, op, domain] of cases) {
    it(name, () => {
      fc.assert(
        fc.property(shapeArb, seedArb, (shape, seed) => expectGradcheck(op, [sample(shape, seed, domain)])),
        settings,
      );
    });
  }
});

describe('matmul, layout and reductions agree with central differences', () => {
  it('matmul 2-d, batched with broadcast batch dims, and with 1-d operands', () => {
    fc.assert(
      fc.property(
        dim,
        dim,
        dim,
        fc.array(dim, { maxLength: 2 }),
        fc.constantFrom('2d', 'batchA', 'batchB', 'vecL', 'vecR', 'dot'),
        seedArb,
        (m, k, n, batch, kind, seed) => {
          const shapes: Record<string, [number[], number[]]> = {
            '2d': [
              [m, k],
              [k, n],
            ],
            batchA: [
              [...batch, m, k],
              [k, n],
            ],
            batchB: [
              [m, k],
              [...batch, k, n],
            ],
            vecL: [[k], [...batch, k, n]],
            vecR: [[...batch, m, k], [k]],
            dot: [[k], [k]],
          };
          const [sa, sb] = shapes[kind];
          expectGradcheck(ag.matmul, [sample(sa, seed, 'any'), sample(sb, seed + 1, 'any')]);
        },
      ),
      settings,
    );
  });

  it('transpose (default and permuted) and reshape', () => {
    fc.assert(
      fc.property(fc.array(dim, { minLength: 2, maxLength: 3 }), seedArb, (shape, seed) => {
        const x = sample(shape, seed, 'any');
        expectGradcheck((a) => ag.transpose(a), [x]);
        const perm = [...shape.keys()].reverse().map((_, i, all) => all[(i + 1) % all.length]);
        expectGradcheck((a) => ag.transpose(a, ...perm), [x]);
        expectGradcheck((a) => ag.reshape(a, [-1]), [x]);
      }),
      settings,
    );
  });

  it('sum, mean and max over everything and over each axis, with and without keepdims', () => {
    fc.assert(
      fc.property(
        fc.array(dim, { minLength: 1, maxLength: 3 }),
        seedArb,
        fc.boolean(),
        (shape, seed, keepdims) => {
          const x = sample(shape, seed, 'any');
          for (const reduce of [ag.sum, ag.mean, ag.max]) {
            expectGradcheck((a) => reduce(a), [x]);
            for (let axis = -shape.length; axis < shape.length; axis++) {
              expectGradcheck((a) => reduce(a, axis, { keepdims }), [x]);
            }
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a composite network expression (linear, activations, loss)', () => {
    fc.assert(
      fc.property(dim, dim, dim, seedArb, (n, i, o, seed) => {
        const f = (x: Variable, w: Variable, b: Variable): Variable =>
          x.matmul(w.T).add(b).tanh().sub(1).pow(2).mean().add(x.softplus().sum().mul(0.1));
        expectGradcheck(f, [
          sample([n, i], seed, 'any'),
          sample([o, i], seed + 1, 'any'),
          sample([o], seed + 2, 'any'),
        ]);
      }),
      settings,
    );
  });
});
