import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AxisError,
  ShapeError,
  Tensor,
  add,
  allClose,
  argmax,
  broadcastShapes,
  broadcastTo,
  concat,
  div,
  fromData,
  matmul,
  matmulTransposed,
  max,
  mean,
  mul,
  randn,
  reshape,
  sigmoid,
  softplus,
  sub,
  sum,
  sumTo,
  take,
  tensor,
  transpose,
} from '../src/index.js';

/** Reference matmul by the definition, for comparison. */
function naiveMatmul(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, x, p) => s + x * b[p][j], 0)));
}

const shapeArb = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 4 });

/** A shape and a second shape that broadcasts against it (dims dropped from the front or set to 1). */
const broadcastPairArb = shapeArb.chain((s) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: s.length }),
      fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }),
    )
    .map(([drop, ones]) => [s, s.slice(drop).map((d, i) => (ones[i + drop] ? 1 : d))] as const),
);

describe('elementwise ops with broadcasting', () => {
  it('adds a row vector to every row, and a column to every column', () => {
    const m = tensor([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(add(m, tensor([10, 20, 30])).toArray()).toEqual([
      [11, 22, 33],
      [14, 25, 36],
    ]);
    expect(mul(m, tensor([[2], [3]])).toArray()).toEqual([
      [2, 4, 6],
      [12, 15, 18],
    ]);
    expect(sub(1, m).toArray()).toEqual([
      [0, -1, -2],
      [-3, -4, -5],
    ]);
    expect(div(m, 2).toArray()).toEqual([
      [0.5, 1, 1.5],
      [2, 2.5, 3],
    ]);
    expect(m.pow(2).neg().toArray()).toEqual([
      [-1, -4, -9],
      [-16, -25, -36],
    ]);
  });

  it('an outer sum of a column and a row', () => {
    expect(add(tensor([[1], [2]]), tensor([10, 20, 30])).toArray()).toEqual([
      [11, 21, 31],
      [12, 22, 32],
    ]);
  });

  it('agrees with explicit broadcastTo on random broadcastable shapes (property)', () => {
    fc.assert(
      fc.property(broadcastPairArb, fc.boolean(), fc.integer(), ([s1, s2], swap, seed) => {
        const [sa, sb] = swap ? [s2, s1] : [s1, s2];
        const a = randn(sa, { seed });
        const b = randn(sb, { seed: seed + 1 });
        const shape = broadcastShapes('test', sa, sb);
        const expected = broadcastTo(a, shape).data.map((x, i) => x * broadcastTo(b, shape).data[i]);
        const got = mul(a, b);
        expect(got.shape).toEqual(shape);
        expect(Array.from(got.data)).toEqual(Array.from(expected));
      }),
    );
  });

  it('sumTo undoes broadcasting: Σ of broadcastTo(a) over stretched axes is count × a (property)', () => {
    fc.assert(
      fc.property(broadcastPairArb, fc.integer(), ([big, small], seed) => {
        const a = randn(small, { seed });
        const stretched = broadcastTo(a, big);
        const back = sumTo(stretched, small);
        const factor = stretched.size / Math.max(a.size, 1);
        expect(back.shape).toEqual([...small]);
        expect(allClose(back, a.mul(factor), { rtol: 1e-12, atol: 1e-12 })).toBe(true);
      }),
    );
  });

  it('stable sigmoid and softplus at extreme inputs', () => {
    const x = tensor([-1000, -40, 0, 40, 1000]);
    const s = sigmoid(x).data;
    const expected = [0, 1 / (1 + Math.exp(40)), 0.5, 1 / (1 + Math.exp(-40)), 1];
    s.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(1e-15 * Math.abs(expected[i])));
    const sp = softplus(x).data;
    expect(sp[0]).toBe(0);
    expect(sp[2]).toBeCloseTo(Math.LN2, 15);
    expect(sp[4]).toBe(1000);
    expect(sp.every(Number.isFinite)).toBe(true);
  });

  it('a broadcast mismatch names the op and both shapes', () => {
    const a = tensor([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(() => add(a, tensor([1, 2]))).toThrow(ShapeError);
    expect(() => add(a, tensor([1, 2]))).toThrow(
      'add: cannot broadcast dimension 1 (3 vs 2) (shapes [2, 3] and [2])',
    );
    expect(() => mul(tensor([[1], [2], [3]]), tensor([[1, 2]]).reshape(2, 1))).toThrow(
      /mul: .*\[3, 1\] and \[2, 1\]/,
    );
  });
});

describe('matmul', () => {
  it('2-d product equals the definition', () => {
    const a = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    const b = [
      [7, 8, 9, 10],
      [11, 12, 13, 14],
    ];
    expect(matmul(tensor(a), tensor(b)).toArray()).toEqual(naiveMatmul(a, b));
  });

  it('agrees with the definition on random sizes, including ones not divisible by 4 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer(),
        (m, k, n, seed) => {
          const a = randn([m, k], { seed });
          const b = randn([k, n], { seed: seed ^ 1 });
          const expected = tensor(naiveMatmul(a.toArray() as number[][], b.toArray() as number[][]));
          expect(allClose(matmul(a, b), expected, { rtol: 1e-12, atol: 1e-12 })).toBe(true);
        },
      ),
    );
  });

  it('is exact across the k-blocking boundary (k = 300)', () => {
    const a = randn([5, 300], { seed: 3 });
    const b = randn([300, 6], { seed: 4 });
    const expected = tensor(naiveMatmul(a.toArray() as number[][], b.toArray() as number[][]));
    expect(allClose(matmul(a, b), expected, { rtol: 1e-12, atol: 1e-12 })).toBe(true);
  });

  it('batched, with broadcast batch dimensions', () => {
    const a = randn([2, 3, 4, 5], { seed: 1 });
    const b = randn([3, 5, 2], { seed: 2 });
    const c = matmul(a, b);
    expect(c.shape).toEqual([2, 3, 4, 2]);
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 3; j++) {
        const ai = fromData(a.data.subarray((i * 3 + j) * 20, (i * 3 + j + 1) * 20), [4, 5]);
        const bj = fromData(b.data.subarray(j * 10, (j + 1) * 10), [5, 2]);
        const cij = fromData(c.data.subarray((i * 3 + j) * 8, (i * 3 + j + 1) * 8), [4, 2]);
        expect(allClose(cij, matmul(ai, bj), { rtol: 0, atol: 0 })).toBe(true);
      }
    }
  });

  it('promotes 1-d operands like NumPy', () => {
    const m = tensor([
      [1, 2],
      [3, 4],
    ]);
    const v = tensor([1, 1]);
    expect(matmul(m, v).toArray()).toEqual([3, 7]);
    expect(matmul(v, m).toArray()).toEqual([4, 6]);
    expect(matmul(v, v).shape).toEqual([]);
    expect(matmul(v, v).item()).toBe(2);
  });

  it('incompatible inner dimensions name the op and both shapes', () => {
    expect(() => matmul(randn([2, 3]), randn([2, 3]))).toThrow(ShapeError);
    expect(() => matmul(randn([2, 3]), randn([2, 3]))).toThrow(
      'matmul: inner dimensions differ (3 vs 2) (shapes [2, 3] and [2, 3])',
    );
  });
});

describe('layout', () => {
  it('transpose of a matrix and permutation of axes', () => {
    const m = tensor([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.T.toArray()).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    const t = randn([2, 3, 4], { seed: 5 });
    const p = transpose(t, 2, 0, 1);
    expect(p.shape).toEqual([4, 2, 3]);
    expect(p.get(3, 1, 2)).toBe(t.get(1, 2, 3));
    expect(transpose(p, 1, 2, 0).toArray()).toEqual(t.toArray());
  });

  it('a large transpose round-trips (blocked path)', () => {
    const t = randn([70, 45], { seed: 6 });
    expect(t.T.T.toArray()).toEqual(t.toArray());
    expect(t.T.get(44, 69)).toBe(t.get(69, 44));
  });

  it('reshape keeps the order and infers -1', () => {
    const t = tensor([1, 2, 3, 4, 5, 6]);
    expect(reshape(t, [2, -1]).toArray()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(t.reshape(3, 2).shape).toEqual([3, 2]);
  });

  it('a bad reshape names the op and the shapes', () => {
    expect(() => tensor([1, 2, 3]).reshape(2, 2)).toThrow(
      'reshape: cannot reshape 3 elements into 4 (shapes [3] and [2, 2])',
    );
  });

  it('take selects rows; concat joins along an axis', () => {
    const m = tensor([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(take(m, [2, 0]).toArray()).toEqual([
      [5, 6],
      [1, 2],
    ]);
    expect(concat([m, m], 1).toArray()).toEqual([
      [1, 2, 1, 2],
      [3, 4, 3, 4],
      [5, 6, 5, 6],
    ]);
    expect(concat([m, tensor([[7, 8]])]).shape).toEqual([4, 2]);
    expect(() => take(m, [3])).toThrow(/take: argument 'indices' contains 3, outside 0..2/);
  });
});

describe('reductions', () => {
  const m = tensor([
    [1, 5, 3],
    [4, 2, 6],
  ]);

  it('sum, mean, max, argmax over all elements and over an axis', () => {
    expect(sum(m).item()).toBe(21);
    expect(sum(m, 0).toArray()).toEqual([5, 7, 9]);
    expect(m.sum(1).toArray()).toEqual([9, 12]);
    expect(m.sum(-1, { keepdims: true }).toArray()).toEqual([[9], [12]]);
    expect(mean(m).item()).toBe(3.5);
    expect(mean(m, 0).toArray()).toEqual([2.5, 3.5, 4.5]);
    expect(max(m, 1).toArray()).toEqual([5, 6]);
    expect(max(m).item()).toBe(6);
    expect(argmax(m, 1).toArray()).toEqual([1, 2]);
    expect(argmax(m, 0, { keepdims: true }).toArray()).toEqual([[1, 0, 1]]);
    expect(argmax(m).item()).toBe(5);
  });

  it('keepdims results broadcast back against the input', () => {
    const centered = m.sub(m.mean(1, { keepdims: true }));
    expect(allClose(centered.sum(1), tensor([0, 0]))).toBe(true);
  });

  it('an axis out of range names the op, the axis and the shape', () => {
    expect(() => sum(m, 2)).toThrow(AxisError);
    expect(() => sum(m, 2)).toThrow(
      'sum: axis 2 is out of range for a tensor of shape [2, 3] (ndim 2; valid axes are -2..1)',
    );
    expect(() => argmax(m, -3)).toThrow(/argmax: axis -3/);
  });
});

describe('allClose and toString', () => {
  it('uses |a − b| ≤ atol + rtol·|b| and requires equal shapes', () => {
    expect(allClose(tensor([1, 2]), tensor([1 + 1e-9, 2]))).toBe(true);
    expect(allClose(tensor([1, 2]), tensor([1.1, 2]))).toBe(false);
    expect(allClose(tensor([1, 2]), tensor([[1, 2]]))).toBe(false);
    expect(allClose(tensor([100]), tensor([101]), { rtol: 0.01, atol: 0 })).toBe(true);
    expect(allClose(tensor([Number.NaN]), tensor([Number.NaN]))).toBe(false);
    expect(allClose(tensor([Number.NaN]), tensor([Number.NaN]), { equalNan: true })).toBe(true);
  });

  it('prints nested brackets with the shape', () => {
    expect(
      tensor([
        [1, 2.5],
        [-3, 4],
      ]).toString(),
    ).toBe('tensor([[  1, 2.5],\n        [ -3,   4]], shape=[2, 2])');
    expect(tensor(2).toString()).toBe('tensor(2)');
    expect(String(new Tensor(new Float64Array(10), [10]))).toContain('…');
  });
});

describe('matmulTransposed', () => {
  it('reads either operand transposed without copying, equal to matmul with an explicit transpose (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer(),
        (m, k, n, ta, tb, seed) => {
          const a = randn(ta ? [k, m] : [m, k], { seed });
          const b = randn(tb ? [n, k] : [k, n], { seed: seed ^ 7 });
          const expected = matmul(ta ? a.T : a, tb ? b.T : b);
          expect(
            allClose(matmulTransposed(a, b, { transA: ta, transB: tb }), expected, {
              rtol: 1e-12,
              atol: 1e-12,
            }),
          ).toBe(true);
        },
      ),
    );
  });

  it('names the transposed product in its shape error', () => {
    expect(() => matmulTransposed(randn([2, 3]), randn([2, 3]), { transB: false })).toThrow(
      'matmulTransposed: inner dimensions of a·b differ (3 vs 2) (shapes [2, 3] and [2, 3])',
    );
  });
});
