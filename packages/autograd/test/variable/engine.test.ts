import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ShapeError, Tensor, allClose, tensor } from '@bp/tensor';
import type { Variable } from '../../src/index.js';
import {
  AnomalyError,
  Value,
  defineOp,
  detectAnomaly,
  grad,
  gradcheck,
  noGrad,
  valueAndGrad,
  variable,
  variableToDot,
} from '../../src/index.js';
import * as T from '@bp/tensor';

describe('Variable backward', () => {
  it('accumulates into leaves across backward calls, like PyTorch, and zeroGrad clears', () => {
    const x = variable([1, 2, 3], { requiresGrad: true });
    x.mul(x).sum().backward();
    expect(x.grad!.toArray()).toEqual([2, 4, 6]);
    x.mul(x).sum().backward();
    expect(x.grad!.toArray()).toEqual([4, 8, 12]);
    x.zeroGrad();
    expect(x.grad).toBeNull();
  });

  it('sums the gradient of a variable used on several paths', () => {
    const a = variable(3, { requiresGrad: true });
    const b = a.mul(a).add(a.mul(2)).add(a.exp()); // 2a + 2 + eᵃ
    b.backward();
    expect(a.grad!.item()).toBeCloseTo(2 * 3 + 2 + Math.exp(3), 12);
  });

  it('gives a broadcast operand the gradient summed back to its own shape', () => {
    const w = variable([[1, 2, 3]], { requiresGrad: true }); // [1, 3]
    const b = variable(0.5, { requiresGrad: true }); // []
    const x = tensor([
      [1, 1, 1],
      [2, 2, 2],
    ]);
    w.mul(x).add(b).sum().backward();
    expect(w.grad!.shape).toEqual([1, 3]);
    expect(w.grad!.toArray()).toEqual([[3, 3, 3]]);
    expect(b.grad!.shape).toEqual([]);
    expect(b.grad!.item()).toBe(6);
  });

  it('a non-scalar output needs an explicit output gradient, with a clear error otherwise', () => {
    const x = variable([1, 2], { requiresGrad: true });
    const y = x.mul(3);
    expect(() => y.backward()).toThrow(ShapeError);
    expect(() => y.backward()).toThrow(/backward: the output has shape \[2\], not a scalar: pass gradOutput/);
    expect(() => y.backward(tensor([1, 1, 1]))).toThrow(
      /backward: gradOutput must have the shape of the output \(shapes \[3\] and \[2\]\)/,
    );
    y.backward(tensor([1, 10]));
    expect(x.grad!.toArray()).toEqual([3, 30]);
  });

  it('backward on something that needs no gradient says why', () => {
    expect(() => variable([1]).mul(2).sum().backward()).toThrow(/does not require a gradient/);
  });

  it('noGrad records nothing', () => {
    const x = variable([1, 2], { requiresGrad: true });
    const y = noGrad(() => x.mul(2));
    expect(y.requiresGrad).toBe(false);
    expect(y.gradFn).toBeNull();
    expect(x.mul(2).gradFn?.op).toBe('mul');
  });

  it('a chain of 100,000 ops back-propagates without overflowing the stack', { timeout: 120_000 }, () => {
    const x = variable(1, { requiresGrad: true });
    let y = x;
    for (let i = 0; i < 100_000; i++) y = y.add(0);
    y.backward();
    expect(x.grad!.item()).toBe(1);
  });
});

describe('functional form and gradcheck', () => {
  it('grad(f) returns ∂f/∂x for every argument', () => {
    const f = (x: Variable, y: Variable): Variable => x.mul(y).add(x.pow(2)).sum();
    const [gx, gy] = grad(f)(tensor([1, 2]), tensor([3, 4]));
    expect(gx.toArray()).toEqual([3 + 2, 4 + 4]);
    expect(gy.toArray()).toEqual([1, 2]);
    const { value } = valueAndGrad(f)(tensor([1, 2]), tensor([3, 4]));
    expect(value.item()).toBe(3 + 8 + 1 + 4);
  });

  it('gradcheck names the input and element of a wrong backward', () => {
    const WrongSquare = defineOp({
      name: 'wrongSquare',
      forward: ([a]) => T.mul(a, a),
      backward: (g, { inputs: [a] }) => [T.mul(g, a)], // forgot the factor 2
    });
    const report = gradcheck((a) => WrongSquare.apply([a], undefined).sum(), [tensor([[1, 2]])]);
    expect(report.ok).toBe(false);
    expect(report.mismatches[0]).toMatchObject({ input: 0, index: [0, 0] });
    expect(report.mismatches[0].analytic).toBeCloseTo(1, 9);
    expect(report.mismatches[0].numeric).toBeCloseTo(2, 5);
    expect(report.message).toMatch(
      /input 0 element \[0, 0\]: autodiff gives 1, central differences give 2\.0/,
    );
  });

  it('an op defined through defineOp by a user passes gradcheck when right', () => {
    // softsign(x) = x / (1 + |x|), derivative 1 / (1 + |x|)²
    const Softsign = defineOp({
      name: 'softsign',
      forward: ([a]) => T.map(a, (x) => x / (1 + Math.abs(x))),
      backward: (g, { inputs: [a] }) => [
        T.zipWith('softsign.backward', g, a, (gi, x) => gi / (1 + Math.abs(x)) ** 2),
      ],
    });
    const y = Softsign.apply([variable([0.5, -2], { requiresGrad: true })], undefined);
    expect(y.gradFn?.op).toBe('softsign');
    expect(gradcheck((a) => Softsign.apply([a], undefined), [tensor([[0.3, -1.2, 2.5]])]).ok).toBe(true);
  });

  it('a backward returning a gradient of the wrong shape is caught, naming the op and both shapes', () => {
    const Bad = defineOp({ name: 'bad', forward: ([a]) => a.mul(1), backward: () => [tensor([1, 2, 3])] });
    const y = Bad.apply([variable([[1, 2]], { requiresGrad: true })], undefined);
    expect(() => y.sum().backward()).toThrow(
      /bad: backward returned a gradient of shape \[3\] for input 0 of shape \[1, 2\]/,
    );
  });
});

describe('anomaly mode', () => {
  it('throws at the first op that makes a NaN or infinity, naming it', () => {
    const x = variable([1, 0], { requiresGrad: true });
    expect(() => detectAnomaly(() => x.log())).toThrow(AnomalyError);
    expect(() => detectAnomaly(() => x.log())).toThrow(/forward of 'log' produced -Infinity/);
    expect(x.log().data.data[1]).toBe(-Infinity); // off by default
  });

  it('catches a backward anomaly: sqrt at 0 has an infinite slope', () => {
    const x = variable([0, 4], { requiresGrad: true });
    expect(() => detectAnomaly(() => x.sqrt().sum().backward())).toThrow(
      /backward of 'sqrt' produced Infinity/,
    );
  });
});

describe('Value and Variable agree on the same scalar computations', () => {
  it('random expressions of both engines give the same value and gradients (property)', () => {
    type Step = 'add' | 'mul' | 'tanh' | 'sigmoid' | 'exp' | 'softplus' | 'relu' | 'sub' | 'div';
    const stepArb = fc.constantFrom<Step>(
      'add',
      'mul',
      'tanh',
      'sigmoid',
      'exp',
      'softplus',
      'relu',
      'sub',
      'div',
    );
    fc.assert(
      fc.property(
        fc.array(stepArb, { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0.1, max: 2, noNaN: true }).chain((x) => fc.constantFrom(x, -x)),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (steps, x0, c) => {
          const vx = new Value(x0);
          const tx = variable(x0, { requiresGrad: true });
          let v: Value = vx;
          let t: Variable = tx;
          for (const s of steps) {
            if (s === 'add' || s === 'sub' || s === 'mul' || s === 'div') {
              v = v[s](vx.mul(c));
              t = t[s](tx.mul(c));
            } else {
              v = v[s]();
              t = t[s]();
            }
          }
          v.backward();
          t.backward();
          // Overflow (exp of exp of …) must overflow the same way in both engines.
          const same = (a: number, b: number, tol: number): boolean =>
            Object.is(a, b) || Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
          expect(same(t.item(), v.data, 1e-12), `value ${t.item()} vs ${v.data}`).toBe(true);
          expect(same(tx.grad!.item(), vx.grad, 1e-9), `gradient ${tx.grad!.item()} vs ${vx.grad}`).toBe(
            true,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('E3 through Variable matches the digits the course gives', () => {
    const t1 = variable(-0.5, { requiresGrad: true });
    const t2 = variable(0.5, { requiresGrad: true });
    const a1 = t1.mul(1).sigmoid();
    const yHat = a1.mul(t2).sigmoid();
    const J = yHat.sub(1).pow(2).mul(0.5);
    J.backward();
    expect(J.item()).toBeCloseTo(0.1025805187, 10);
    expect(t2.grad!.item()).toBeCloseTo(-0.0423728802, 10);
    expect(t1.grad!.item()).toBeCloseTo(-0.0131876973, 10);
    expect(
      allClose(new Tensor(Float64Array.of(yHat.item()), []), tensor(0.5470529419), { rtol: 0, atol: 5e-11 }),
    ).toBe(true);
  });
});

describe('variableToDot', () => {
  it('draws every tracked node with its op, shape, data and gradient', () => {
    const w = variable([[1, 2]], { requiresGrad: true, label: 'w' });
    const loss = w.mul(3).sum();
    loss.label = 'loss';
    loss.backward();
    const dot = variableToDot(loss);
    expect(dot).toMatch(/^digraph G \{/);
    expect(dot).toContain('w | shape [1, 2] | data [1 2] | grad [3 3]');
    expect(dot).toContain('loss | shape [] | data [9] | grad [1]');
    expect(dot).toContain('[label="mul"]');
    expect(dot).toContain('[label="sum"]');
  });
});

describe('leaf gradients are owned', () => {
  it('two leaves fed by one add do not share a gradient tensor, so an in-place change to one leaves the other', () => {
    const a = variable([1, 2], { requiresGrad: true });
    const b = variable([3, 4], { requiresGrad: true });
    a.add(b).sum().backward();
    expect(a.grad).not.toBe(b.grad);
    a.grad!.data[0] = 100;
    expect(b.grad!.toArray()).toEqual([1, 1]);
  });
});
