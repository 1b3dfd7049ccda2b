// The backward pass itself: accumulation, reuse of a node, deep graphs, and the Value contract.
import { describe, expect, it } from 'vitest';
import {
  Value,
  defineScalarOp,
  scalarOps,
  topologicalOrder,
  zeroGraphGrads,
} from '../../src/scalar/index.js';

describe('gradient accumulation', () => {
  it('a node used twice receives both contributions', () => {
    const a = new Value(3, { label: 'a' });
    a.add(a).backward(); // d(a + a)/da = 2
    expect(a.grad).toBe(2);

    const b = new Value(-4, { label: 'b' });
    b.mul(b).backward(); // d(b²)/db = 2b
    expect(b.grad).toBe(2 * b.data);
  });

  it('backward() twice adds every gradient twice, intermediate nodes included', () => {
    const a = new Value(1.5, { label: 'a' });
    const b = new Value(-2, { label: 'b' });
    const c = a.mul(b).withLabel('c');
    const d = c.add(c).tanh().withLabel('d'); // c is shared: a stale c.grad must not be propagated again
    d.backward();
    const once = topologicalOrder(d).map((node) => node.grad);
    d.backward();
    const twice = topologicalOrder(d).map((node) => node.grad);
    expect(twice).toEqual(once.map((g) => 2 * g));
  });

  it('zeroGrad clears a node, zeroGraphGrads clears the whole graph', () => {
    const a = new Value(2);
    const y = a.mul(3).exp();
    y.backward();
    expect(a.grad).not.toBe(0);
    a.zeroGrad();
    expect(a.grad).toBe(0);
    zeroGraphGrads(y);
    expect(topologicalOrder(y).every((node) => node.grad === 0)).toBe(true);
    y.backward();
    expect(a.grad).toBeCloseTo(3 * y.data, 12);
  });

  it('backward from an inner node fills only the graph below it', () => {
    const a = new Value(2);
    const inner = a.mul(a);
    const outer = inner.add(1);
    inner.backward();
    expect([a.grad, inner.grad, outer.grad]).toEqual([4, 1, 0]);
  });
});

describe('deep graphs', () => {
  it('a chain of a million ops runs backward without a stack overflow', () => {
    const x = new Value(0.25, { label: 'x' });
    let y = x;
    for (let i = 0; i < 1_000_000; i++) y = y.neg();
    y.backward();
    expect(y.data).toBe(0.25); // an even number of negations
    expect(x.grad).toBe(1);
    expect(topologicalOrder(y)).toHaveLength(1_000_001);
  }, 60_000);
});

describe('the Value contract', () => {
  it('leaves have no op and no parents, op results record both', () => {
    const a = new Value(2, { label: 'a' });
    const b = new Value(5);
    const c = a.div(b);
    expect([a.op, a.parents, a.grad, b.label]).toEqual(['', [], 0, '']);
    expect(c.op).toBe('div');
    expect(c.parents).toEqual([a, b]);
    expect(c.parents[0]).toBe(a);
  });

  it('arity and input(i) give the inputs without an array, and refuse an index out of range', () => {
    const a = new Value(1.5);
    const b = new Value(-2);
    const c = a.mul(b);
    const t = c.tanh();
    expect([a.arity, c.arity, t.arity]).toEqual([0, 2, 1]);
    expect([c.input(0), c.input(1), t.input(0)]).toEqual([a, b, c]);
    expect(c.input(1)).toBe(b);
    expect(() => c.input(2)).toThrow(/index 2 out of range for an op with 2 input/);
    expect(() => a.input(0)).toThrow(RangeError);
  });

  it('an op of more than two inputs keeps them all, in order, and its parents array is a copy', () => {
    const sum3 = defineScalarOp({
      name: 'sum3',
      forward: (x, y, z) => x + y + z,
      backward: (grad) => [grad, 2 * grad, 3 * grad],
    });
    const [x, y, z] = [new Value(1), new Value(2), new Value(3)];
    const s = sum3(x, y, z);
    expect(s.arity).toBe(3);
    expect(s.parents).toEqual([x, y, z]);
    expect([0, 1, 2].map((i) => s.input(i))).toEqual([x, y, z]);
    (s.parents as Value[]).pop();
    expect(s.parents).toHaveLength(3);
    s.backward();
    expect([x.grad, y.grad, z.grad]).toEqual([1, 2, 3]);
  });

  it('labels can be set at construction, by withLabel or by assignment', () => {
    const a = new Value(1, { label: 'a' });
    const b = a.add(1);
    expect([a.label, b.label]).toEqual(['a', '']);
    b.label = 'b';
    expect(b.withLabel('b2').label).toBe('b2');
    expect(new Value(3, { constant: true, label: 'k' })).toMatchObject({ label: 'k', constant: true });
  });

  it('data and grad stay with their node across many thousands of later nodes', () => {
    // Values keep their numbers in shared chunks (storage.ts): nodes made much later must not disturb them.
    const w = new Value(0.5, { label: 'w' });
    let loss = new Value(0);
    for (let i = 0; i < 30_000; i++) loss = loss.add(w.mul(i % 7));
    w.data = 0.5;
    loss.backward();
    const expected = Array.from({ length: 30_000 }, (_, i) => i % 7).reduce((s, k) => s + k, 0);
    expect(w.grad).toBe(expected);
    expect(loss.data).toBe(0.5 * expected);
    w.grad = 0;
    expect(w.grad).toBe(0);
  });

  it('a backward that throws part-way leaves no stale gradient for the next one', () => {
    const failing = defineScalarOp({
      name: 'failing',
      forward: (x) => x,
      backward: () => {
        throw new Error('backward failed');
      },
    });
    const x = new Value(3);
    const y = x.mul(2);
    // y receives 1 from the add, then failing's backward throws before y passes it on.
    expect(() => failing(y).add(y).backward()).toThrow('backward failed');
    expect(y.grad).toBe(1);
    x.zeroGrad();
    y.zeroGrad();
    y.mul(3).backward(); // only this pass's gradients: nothing left pending from the failed one
    expect(y.grad).toBe(3);
    expect(x.grad).toBe(6);
  });

  it('numbers passed to ops become constant leaves', () => {
    const c = new Value(2).mul(7);
    expect(c.data).toBe(14);
    expect(c.parents[1].constant).toBe(true);
    expect(c.parents[1].data).toBe(7);
  });

  it('rejects non-finite data unless allowed, naming the argument', () => {
    expect(() => new Value(Number.NaN)).toThrow(TypeError);
    expect(() => new Value(Number.NaN)).toThrow(/'data'.*NaN/);
    expect(() => new Value(Number.POSITIVE_INFINITY)).toThrow(/'data'.*Infinity/);
    expect(() => new Value('3' as unknown as number)).toThrow(/'data'.*string/);
    expect(new Value(Number.NEGATIVE_INFINITY, { allowNonFinite: true }).data).toBe(Number.NEGATIVE_INFINITY);
  });

  it('an op may still overflow when anomaly mode is off', () => {
    expect(new Value(1000).exp().data).toBe(Number.POSITIVE_INFINITY);
  });

  it('toString shows label, data and grad', () => {
    const w = new Value(0.5, { label: 'w' });
    w.mul(4).backward();
    expect(w.toString()).toBe('Value(w: data=0.5, grad=4)');
  });

  it('scalarOps take numbers in any position', () => {
    const x = new Value(4, { label: 'x' });
    const y = scalarOps.sub(10, scalarOps.div(12, x)); // 10 − 12/x
    y.backward();
    expect(y.data).toBe(7);
    expect(x.grad).toBe(12 / 16);
    const z = scalarOps.pow(2, x); // a number base: 2^x, d/dx = 2^x ln 2
    x.zeroGrad();
    z.backward();
    expect(x.grad).toBeCloseTo(16 * Math.LN2, 12);
  });
});
