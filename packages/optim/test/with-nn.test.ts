import { describe, expect, it } from 'vitest';
import { Rng, tensor, type Tensor } from '@bp/tensor';
import { Variable } from '@bp/autograd';
import { Linear, MLP, Sequential, Sigmoid, bce, crossEntropy, halfSSE } from '@bp/nn';
import { Adam, SGD, fit } from '../src/index.js';
import { round } from './helpers.js';

/** E3's network from @bp/nn layers: sigmoid(θ2 · sigmoid(θ1 · x)), no bias. */
function e3Network(): { net: Sequential; layer1: Linear; layer2: Linear } {
  const layer1 = new Linear(1, 1, { bias: false });
  const layer2 = new Linear(1, 1, { bias: false });
  layer1.weight.data.data[0] = -0.5;
  layer2.weight.data.data[0] = 0.5;
  return { net: new Sequential(layer1, new Sigmoid(), layer2, new Sigmoid()), layer1, layer2 };
}

describe('with @bp/nn modules', () => {
  it('E3: one SGD step on Linear layers gives θ2, θ1, ŷ and J to 10 digits', () => {
    const { net, layer1, layer2 } = e3Network();
    const x = new Variable([[1]]);
    const y = tensor([[1]]);
    const opt = new SGD(net.parameters(), { lr: 0.1 });
    opt.zeroGrad();
    const j0 = halfSSE(net.forward(x), y);
    expect(round(j0.item(), 10)).toBe(0.1025805187);
    j0.backward();
    opt.step();
    expect(round(layer2.weight.item(), 10)).toBe(0.504237288);
    expect(round(layer1.weight.item(), 10)).toBe(-0.4986812303);
    const yHat = net.forward(x);
    expect(round(yHat.item(), 10)).toBe(0.5474880292);
    expect(round(halfSSE(yHat, y).item(), 10)).toBe(0.1023835419);
  });

  it('E3 through fit: one epoch of one example, and the history holds J before the step', () => {
    const { net, layer1, layer2 } = e3Network();
    const history = fit(
      net,
      { x: tensor([[1]]), y: tensor([[1]]) },
      { loss: halfSSE, lr: 0.1, epochs: 1, progress: false },
    );
    expect(round(history.loss[0], 10)).toBe(0.1025805187);
    expect(round(layer2.weight.item(), 10)).toBe(0.504237288);
    expect(round(layer1.weight.item(), 10)).toBe(-0.4986812303);
  });

  it('E4: Sequential(Linear, Sigmoid, Linear, Sigmoid) without bias, one SGD step of 0.1 on ½Σ(y − ŷ)²', () => {
    const hidden = new Linear(2, 3, { bias: false });
    const output = new Linear(3, 1, { bias: false });
    hidden.weight.data.data.set([0.5, 0.2, 0.6, -0.1, -0.4, -0.3]);
    output.weight.data.data.set([0.7, -0.1, 0.2]);
    const net = new Sequential(hidden, new Sigmoid(), output, new Sigmoid());
    const X = new Variable([
      [0.5, 0.1],
      [0.2, 0.6],
    ]);
    const y = tensor([[0.7], [0.8]]); // the erratum: the slide's table prints 0.6
    const opt = new SGD(net.parameters(), { lr: 0.1 });
    const yHat = net.forward(X);
    expect((yHat.toArray() as number[][]).map(([v]) => round(v, 6))).toEqual([0.605471, 0.604421]);
    halfSSE(yHat, y).backward();
    const six = (t: Tensor | null): number[] => Array.from(t?.data ?? [], (v) => round(v, 6));
    expect(six(hidden.weight.grad)).toEqual([-0.003557, -0.005239, 0.00051, 0.000756, -0.001017, -0.001491]);
    expect(six(output.weight.grad)).toEqual([-0.038748, -0.036998, -0.030356]);
    opt.step();
    expect(six(hidden.weight.data)).toEqual([0.500356, 0.200524, 0.599949, -0.100076, -0.399898, -0.299851]);
    expect(six(output.weight.data)).toEqual([0.703875, -0.0963, 0.203036]);
  });

  it('an MLP learns XOR to 100% accuracy with Adam and bce', () => {
    const net = new MLP([2, 4, 1], { activation: 'tanh', outputActivation: 'sigmoid', seed: 1 });
    const xor = {
      x: tensor([
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ]),
      y: tensor([[0], [1], [1], [0]]),
    };
    const history = fit(net, xor, {
      loss: bce,
      optimizer: new Adam(net.parameters(), { lr: 0.05 }),
      epochs: 400,
      metrics: ['accuracy'],
      progress: false,
    });
    expect(history.loss.at(-1)).toBeLessThan(history.loss[0] / 10);
    expect(history.accuracy?.at(-1)).toBe(1);
  });

  it('three classes with crossEntropy: accuracy from the argmax against class indices, validation included', () => {
    const make = (n: number, seed: number): { x: Tensor; y: Tensor } => {
      const rng = new Rng(seed);
      const centres = [
        [0, 3],
        [3, -2],
        [-3, -2],
      ];
      const xs: number[][] = [];
      const ys: number[] = [];
      for (let i = 0; i < n; i++) {
        const k = i % 3;
        xs.push([centres[k][0] + rng.normal(0, 0.6), centres[k][1] + rng.normal(0, 0.6)]);
        ys.push(k);
      }
      return { x: tensor(xs), y: tensor(ys) };
    };
    const net = new Linear(2, 3, { seed: 5 });
    const history = fit(net, make(60, 1), {
      loss: crossEntropy,
      lr: 0.2,
      epochs: 30,
      batchSize: 10,
      seed: 2,
      validation: make(30, 2),
      metrics: ['accuracy'],
      progress: false,
    });
    expect(history.loss.at(-1)).toBeLessThan(history.loss[0] / 2);
    expect(history.valAccuracy?.at(-1)).toBe(1);
    expect(history.valLoss?.at(-1)).toBeLessThan(history.valLoss?.[0] ?? 0);
  });

  it('restores the mode a module was in before fit', () => {
    const net = new MLP([2, 2, 1], { seed: 3 });
    net.eval();
    fit(
      net,
      { x: tensor([[0, 1]]), y: tensor([[1]]) },
      { loss: halfSSE, lr: 0.1, epochs: 2, progress: false },
    );
    expect(net.training).toBe(false);
  });
});
