import { describe, expect, it } from 'vitest';
import { matmul, sigmoid, softplus, tensor, transpose } from '@bp/tensor';
import { and, appendOnes, dosage, identityExample, vectorisedExample, xor } from '../src/index.js';

describe('the course tables hold the exact numbers', () => {
  it('xor without and with the bias column (E5, E7)', () => {
    const plain = xor();
    expect(plain.x.toArray()).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(plain.y.toArray()).toEqual([[0], [1], [1], [0]]);
    expect(plain.featureNames).toEqual(['x0', 'x1']);
    const biased = xor({ bias: true });
    expect(biased.x.toArray()).toEqual([
      [0, 0, 1],
      [0, 1, 1],
      [1, 0, 1],
      [1, 1, 1],
    ]);
    expect(biased.y.shape).toEqual([4, 1]);
    expect(biased.featureNames).toEqual(['x0', 'x1', 'bias']);
  });

  it('AND with ±1 inputs and labels (E7), and with 0/1 on request', () => {
    const pm = and({ labels: 'pm1' });
    expect(pm.x.toArray()).toEqual([
      [-1, -1],
      [-1, 1],
      [1, -1],
      [1, 1],
    ]);
    expect(pm.y.toArray()).toEqual([[-1], [-1], [-1], [1]]);
    expect(and().y.toArray()).toEqual(pm.y.toArray());
    const bits = and({ labels: '01', bias: true });
    expect(bits.x.toArray()).toEqual([
      [0, 0, 1],
      [0, 1, 1],
      [1, 0, 1],
      [1, 1, 1],
    ]);
    expect(bits.y.toArray()).toEqual([[0], [0], [0], [1]]);
  });

  it('dosage (E1)', () => {
    const ds = dosage();
    expect(ds.x.toArray()).toEqual([[0], [0.5], [1]]);
    expect(ds.y.toArray()).toEqual([[0], [1], [0]]);
  });

  it('the vectorised two-example set (E4) uses the corrected target 0.7', () => {
    const ds = vectorisedExample();
    expect(ds.x.toArray()).toEqual([
      [0.5, 0.1],
      [0.2, 0.6],
    ]);
    expect(ds.y.toArray()).toEqual([[0.7], [0.8]]);
    expect(ds.notes?.join(' ')).toMatch(/0\.6.*0\.7/);
  });

  it('the identity example (E3)', () => {
    const ds = identityExample();
    expect(ds.x.toArray()).toEqual([[1]]);
    expect(ds.y.toArray()).toEqual([[1]]);
  });

  it('every table has its source and matching row counts', () => {
    for (const ds of [xor(), xor({ bias: true }), and(), dosage(), vectorisedExample(), identityExample()]) {
      expect(ds.source).toMatch(/E[1-7]/);
      expect(ds.x.shape[0]).toBe(ds.y.shape[0]);
      expect(ds.x.shape[1]).toBe(ds.featureNames?.length);
    }
  });

  it('tables are fresh on every call (mutating one does not change the next)', () => {
    xor().x.set(9, 0, 0);
    expect(xor().x.get(0, 0)).toBe(0);
  });

  it('appendOnes adds a last column of ones', () => {
    expect(appendOnes(tensor([[2], [3]])).toArray()).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });
});

describe('the tables reproduce the worked examples they come from', () => {
  const close = (got: number[], want: number[], digits = 6): void =>
    got.forEach((g, i) => expect(g).toBeCloseTo(want[i], digits));

  it('E1: step 1 predictions and SSR from the dosage data', () => {
    const { x, y } = dosage();
    const u = softplus(x.mul(3.34).add(-1.43));
    const v = softplus(x.mul(-3.53).add(0.57));
    const predicted = u.mul(-1.22).add(v.mul(-2.3));
    close(Array.from(predicted.data), [-2.603665, -1.609019, -2.61487]);
    const residual = y.sub(predicted);
    expect(residual.mul(residual).sum().item()).toBeCloseTo(20.423598, 6);
    expect(residual.mul(-2).sum().item()).toBeCloseTo(-15.655108, 6);
  });

  it('E3: prediction and loss from the identity example', () => {
    const { x, y } = identityExample();
    const a1 = sigmoid(x.mul(-0.5));
    const yHat = sigmoid(a1.mul(0.5));
    expect(yHat.item()).toBeCloseTo(0.5470529419, 9);
    expect(0.5 * (y.item() - yHat.item()) ** 2).toBeCloseTo(0.1025805187, 9);
  });

  it('E4: predictions and ∂J/∂a(2) from the vectorised set (only y = 0.7 fits the slide)', () => {
    const { x, y } = vectorisedExample();
    const theta1 = tensor([
      [0.5, 0.2],
      [0.6, -0.1],
      [-0.4, -0.3],
    ]);
    const theta2 = tensor([[0.7, -0.1, 0.2]]);
    const a1 = sigmoid(matmul(x, transpose(theta1)));
    const yHat = sigmoid(matmul(a1, transpose(theta2)));
    close(Array.from(yHat.data), [0.605471, 0.604421]);
    close(Array.from(yHat.sub(y).data), [-0.094529, -0.195579]);
  });

  it('E5: the forward pass on the biased XOR row (0, 1, 1)', () => {
    const { x, y } = xor({ bias: true });
    const w1 = tensor([
      [0.351, 1.076, 1.116],
      [0.097, -0.165, 0.542],
      [0.457, -0.165, -0.331],
    ]);
    const hidden = sigmoid(matmul(x, transpose(w1)));
    close((hidden.toArray() as number[][])[1], [0.899529, 0.593149, 0.378481]);
    const out = sigmoid(matmul(hidden, tensor([[0.383], [-0.327], [-0.329]])));
    expect(out.get(1, 0)).toBeCloseTo(0.506509, 6);
    expect(y.get(1, 0)).toBe(1);
  });
});
