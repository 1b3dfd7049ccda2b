import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Tensor, add, mul, take, tensor } from '@bp/tensor';
import { Variable } from '@bp/autograd';
import {
  MLP,
  ManualMLP,
  NonDifferentiableError,
  bce,
  halfMSE,
  halfSSE,
  mse,
  ssr,
  type ActivationName,
  type OutputLossName,
} from '../src/index.js';
import { expectRelClose, sample, seedArb } from './helpers.js';

const lossFns = { halfSSE, halfMSE, mse, ssr, bce };
const hiddenArb = fc.constantFrom<ActivationName>('sigmoid', 'tanh', 'relu', 'softplus', 'identity');

describe('ManualMLP agrees with autograd (MLP + the same loss + backward)', () => {
  it('on random networks: depth 1–4, widths, activations, batch sizes, with and without bias, to 1e-12 relative', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 5 }),
        hiddenArb,
        fc.constantFrom<ActivationName>('sigmoid', 'tanh', 'identity', 'softplus'),
        fc.constantFrom<OutputLossName>('halfSSE', 'halfMSE', 'mse', 'ssr', 'bce'),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        seedArb,
        (sizes, hidden, output, loss, batch, bias, seed) => {
          const outputActivation = loss === 'bce' ? 'sigmoid' : output;
          const mlp = new MLP(sizes, { activation: hidden, outputActivation, bias, seed, init: 'nielsen' });
          const manual = ManualMLP.fromMLP(mlp);
          const X = sample([batch, sizes[0]], seed + 1);
          const Y =
            loss === 'bce'
              ? sample([batch, sizes.at(-1)!], seed + 2, (x) => 1 / (1 + Math.exp(-x)))
              : sample([batch, sizes.at(-1)!], seed + 2);

          const yHat = mlp.forward(new Variable(X));
          const J = lossFns[loss](yHat, Y);
          J.backward();
          const r = manual.backward(X, Y, loss);

          expectRelClose(r.output, yHat.data, 1e-12);
          expect(Math.abs(r.loss - J.item())).toBeLessThanOrEqual(1e-12 * Math.abs(J.item()) + 1e-300);
          mlp.layers.forEach((layer, i) => {
            expectRelClose(r.weightGrads[i], layer.weight.grad!, 1e-12);
            if (bias) expectRelClose(r.biasGrads[i]!, layer.bias!.grad!, 1e-12);
            else expect(r.biasGrads[i]).toBeNull();
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the same seed and init give the same weights as MLP', () => {
    const mlp = new MLP([3, 4, 2], { seed: 11, activation: 'tanh' });
    const manual = new ManualMLP([3, 4, 2], { seed: 11, activation: 'tanh' });
    mlp.layers.forEach((l, i) => {
      expect(Array.from(manual.weights[i].data)).toEqual(Array.from(l.weight.data.data));
      expect(Array.from(manual.biases[i]!.data)).toEqual(Array.from(l.bias!.data.data));
    });
    const X = sample([2, 3], 1);
    expect(Array.from(manual.predict(X).data)).toEqual(Array.from(mlp.forward(new Variable(X)).data.data));
  });
});

describe('the δ recursion in detail', () => {
  it('zs, as, deltas and gradients have the layer shapes; δ(L) = ∂J/∂a(L) ⊙ a′(L)', () => {
    const net = new ManualMLP([3, 5, 4, 2], { seed: 3 });
    const r = net.backward(sample([6, 3], 1), sample([6, 2], 2), 'halfMSE');
    expect(r.zs.map((z) => z.shape)).toEqual([
      [6, 5],
      [6, 4],
      [6, 2],
    ]);
    expect(r.as.map((a) => a.shape)).toEqual([
      [6, 5],
      [6, 4],
      [6, 2],
    ]);
    expect(r.deltas.map((d) => d.shape)).toEqual([
      [6, 5],
      [6, 4],
      [6, 2],
    ]);
    expect(r.weightGrads.map((g) => g.shape)).toEqual([
      [5, 3],
      [4, 5],
      [2, 4],
    ]);
    expect(r.biasGrads.map((g) => g!.shape)).toEqual([[5], [4], [2]]);
    expectRelClose(r.deltas[2], mul(r.outputGrad, r.derivatives[2]), 0);
    // σ′ = a(1 − a)
    expectRelClose(r.derivatives[0], mul(r.as[0], add(mul(r.as[0], -1), 1)), 1e-15);
  });

  it('step(lr) is θ ← θ − lr·∂J/∂θ, and fromMLP shares the weights', () => {
    const mlp = new MLP([2, 3, 1], { seed: 4 });
    const net = ManualMLP.fromMLP(mlp);
    const before = mlp.layers.map((l) => l.weight.data.clone());
    const r = net.backward(
      [
        [1, 2],
        [3, 4],
      ],
      [[0], [1]],
    );
    net.step(0.5);
    mlp.layers.forEach((l, i) =>
      expectRelClose(l.weight.data, add(before[i], mul(r.weightGrads[i], -0.5)), 1e-15),
    );
  });

  it("updateMiniBatch is Nielsen's w ← w − (η/m) Σ_x ∇w_x, the same as halfMSE + step(η)", () => {
    const X = sample([4, 3], 7);
    const Y = sample([4, 2], 8, (x) => 1 / (1 + Math.exp(-x)));
    const a = new ManualMLP([3, 3, 2], { seed: 5 });
    const b = new ManualMLP([3, 3, 2], { seed: 5 });
    const c = new ManualMLP([3, 3, 2], { seed: 5 });
    // per-example backprop, summed, as Nielsen's loop over the mini-batch
    const sums = c.weights.map((w) => new Tensor(new Float64Array(w.size), w.shape));
    for (let i = 0; i < 4; i++) {
      const r = c.backward(take(X, [i]), take(Y, [i]), 'halfSSE');
      r.weightGrads.forEach((g, l) => sums[l].data.set(add(sums[l], g).data));
    }
    c.weights.forEach((w, l) => w.data.set(add(w, mul(sums[l], -3 / 4)).data));

    a.updateMiniBatch(X, Y, 3);
    b.backward(X, Y, 'halfMSE');
    b.step(3);
    a.weights.forEach((w, l) => {
      expectRelClose(w, b.weights[l], 1e-14);
      expectRelClose(w, c.weights[l], 1e-14);
    });
  });

  it('trains: the summed loss falls under repeated updates', () => {
    const net = new ManualMLP([2, 4, 1], { seed: 2, init: 'nielsen' });
    const X = tensor([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    const Y = tensor([[0], [1], [1], [0]]);
    const first = net.updateMiniBatch(X, Y, 2);
    let last = first;
    for (let i = 0; i < 500; i++) last = net.updateMiniBatch(X, Y, 2);
    expect(last).toBeLessThan(first / 2);
  });

  it('a step activation stops the recursion with the reason', () => {
    const net = ManualMLP.fromWeights([[[1, 1]], [[1]]], { activation: 'step', outputActivation: 'sigmoid' });
    expect(() => net.backward([[1, 0]], [[1]])).toThrow(NonDifferentiableError);
  });

  it('fromWeights checks shapes; step needs a backward first; biases may be given per layer', () => {
    expect(() => ManualMLP.fromWeights([[[1, 2]], [[1, 2]]])).toThrow(
      /weights\[1\] takes 2 inputs but layer 1 has 1 units/,
    );
    expect(() => ManualMLP.fromWeights([[[1, 2]]]).step(0.1)).toThrow(/call backward/);
    const net = ManualMLP.fromWeights([[[1, 2]]], { biases: [[0.5]], activation: 'identity' });
    expect(net.predict([[1, 1]]).toArray()).toEqual([[3.5]]);
    expect(() => net.forward([[1, 2, 3]])).toThrow(/X must be \[N, 2\]/);
  });
});
