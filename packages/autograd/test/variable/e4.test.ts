// E4 of the course: the vectorised delta recursion, reproduced with Variable (numbers given to 6 decimals).
import { describe, expect, it } from 'vitest';
import { tensor, type NestedArray } from '@bp/tensor';
import { Variable, noGrad } from '../../src/index.js';

function expectClose(actual: NestedArray, expected: NestedArray, digits = 6): void {
  const a = [actual].flat(3) as number[];
  const e = [expected].flat(3) as number[];
  expect(a.length).toBe(e.length);
  a.forEach((x, i) => expect(Math.abs(x - e[i])).toBeLessThanOrEqual(0.5 * 10 ** -digits));
}

describe('E4: two examples through a 2-3-1 sigmoid network, summed half squared error', () => {
  const X = tensor([
    [0.5, 0.1],
    [0.2, 0.6],
  ]);
  const y = tensor([[0.7], [0.8]]); // the erratum: y = [0.7, 0.8]
  const theta1 = new Variable(
    [
      [0.5, 0.2],
      [0.6, -0.1],
      [-0.4, -0.3],
    ],
    { requiresGrad: true, label: 'θ(1)' },
  );
  const theta2 = new Variable([[0.7, -0.1, 0.2]], { requiresGrad: true, label: 'θ(2)' });

  const a1 = new Variable(X).matmul(theta1.T).sigmoid();
  const yHat = a1.matmul(theta2.T).sigmoid();
  const J = yHat.sub(y).pow(2).sum().mul(0.5);
  J.backward();

  it('forward: a(1) and ŷ', () => {
    expectClose(a1.toArray(), [
      [0.567093, 0.571996, 0.442752],
      [0.554779, 0.514996, 0.435364],
    ]);
    expectClose(yHat.toArray(), [[0.605471], [0.604421]]);
  });

  it('backward: ∂J/∂ŷ, and the weight gradients δ(l)ᵀ a(l−1)', () => {
    expectClose(yHat.grad!.toArray(), [[-0.094529], [-0.195579]]);
    expectClose(theta1.grad!.toArray(), [
      [-0.003557, -0.005239],
      [0.00051, 0.000756],
      [-0.001017, -0.001491],
    ]);
    expectClose(theta2.grad!.toArray(), [[-0.038748, -0.036998, -0.030356]]);
  });

  it('the deltas: δ(1) is the gradient at z(1), i.e. ∂J/∂a(1) ⊙ a(1)(1 − a(1))', () => {
    const dA1 = a1.grad!;
    const delta1 = dA1.mul(a1.data).mul(a1.data.neg().add(1));
    expectClose(delta1.toArray(), [
      [-0.00388, 0.000553, -0.001114],
      [-0.008085, 0.001168, -0.002299],
    ]);
  });

  it('one step of η = 0.1 gives the updated weights', () => {
    noGrad(() => {
      theta1.data = theta1.data.sub(theta1.grad!.mul(0.1));
      theta2.data = theta2.data.sub(theta2.grad!.mul(0.1));
    });
    expectClose(theta1.toArray(), [
      [0.500356, 0.200524],
      [0.599949, -0.100076],
      [-0.399898, -0.299851],
    ]);
    expectClose(theta2.toArray(), [[0.703875, -0.0963, 0.203036]]);
  });
});
