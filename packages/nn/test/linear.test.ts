import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ShapeError, add, matmul, transpose } from '@bp/tensor';
import { Variable } from '@bp/autograd';
import {
  Linear,
  MLP,
  activate,
  linear,
  linearActivation,
  activationNames,
  getActivation,
  scaledLinear,
  type Activation,
} from '../src/index.js';
import { dimArb, expectGradcheck, expectRelClose, sample, seedArb } from './helpers.js';

const differentiable: Activation[] = [
  ...activationNames.map(getActivation).filter((a) => a.differentiable),
  scaledLinear(-1.5),
];

describe('Linear', () => {
  it('weight is [out, in] and y = x·Wᵀ + b', () => {
    const l = new Linear(4, 3, { seed: 7 });
    expect(l.weight.shape).toEqual([3, 4]);
    expect(l.bias!.shape).toEqual([3]);
    const x = sample([5, 4], 1);
    const expected = add(matmul(x, transpose(l.weight.data)), l.bias!.data);
    expectRelClose(l.forward(new Variable(x)).data, expected, 1e-14);
  });

  it('accepts one example [in] and returns [out]', () => {
    const l = new Linear(2, 3, { seed: 1 });
    const one = l.forward(new Variable([1, 2]));
    expect(one.shape).toEqual([3]);
    expectRelClose(one.data, l.forward(new Variable([[1, 2]])).data.reshape(3), 0);
  });

  it('rejects an input with the wrong number of features, naming both shapes', () => {
    const l = new Linear(3, 2);
    expect(() => l.forward(new Variable([[1, 2]]))).toThrow(ShapeError);
    expect(() => l.forward(new Variable([[1, 2]]))).toThrow(/2 features.*expects 3.*\[1, 2\] and \[2, 3\]/);
  });

  it('the same seed gives the same layer; different seeds differ', () => {
    const a = new Linear(5, 4, { seed: 3 });
    const b = new Linear(5, 4, { seed: 3 });
    const c = new Linear(5, 4, { seed: 4 });
    expect(Array.from(a.weight.data.data)).toEqual(Array.from(b.weight.data.data));
    expect(Array.from(a.weight.data.data)).not.toEqual(Array.from(c.weight.data.data));
    // PyTorch's default: U(−1/√in, 1/√in)
    expect(a.weight.data.data.every((w) => Math.abs(w) <= 1 / Math.sqrt(5))).toBe(true);
  });

  it('fused linear agrees with central differences for x, W and b on random shapes', () => {
    fc.assert(
      fc.property(dimArb, dimArb, dimArb, fc.boolean(), seedArb, (n, inF, out, withBias, seed) => {
        const inputs = [sample([n, inF], seed), sample([out, inF], seed + 1)];
        if (withBias) inputs.push(sample([out], seed + 2));
        expectGradcheck((x, w, b) => linear(x, w, b ?? null), inputs);
      }),
      { numRuns: 30 },
    );
  });

  it('fused linear with one example [in] agrees with central differences', () => {
    expectGradcheck((x, w, b) => linear(x, w, b), [sample([3], 1), sample([2, 3], 2), sample([2], 3)]);
  });

  it('fused linear + activation agrees with central differences for every differentiable activation', () => {
    for (const act of differentiable) {
      fc.assert(
        fc.property(dimArb, dimArb, dimArb, fc.boolean(), seedArb, (n, inF, out, withBias, seed) => {
          const inputs = [sample([n, inF], seed), sample([out, inF], seed + 1)];
          if (withBias) inputs.push(sample([out], seed + 2));
          // relu: check where no pre-activation sits near the kink
          const z = linear(inputs[0], inputs[1], inputs[2] ?? null).data;
          fc.pre(act.name !== 'relu' || z.data.every((v) => Math.abs(v) > 1e-3));
          expectGradcheck((x, w, b) => linearActivation(x, w, b ?? null, act), inputs);
        }),
        { numRuns: 15 },
      );
    }
  });

  it('the fused op equals linear followed by the activation, forward and backward', () => {
    const x = sample([4, 3], 10);
    const w = sample([2, 3], 11);
    const b = sample([2], 12);
    for (const act of differentiable) {
      const run = (fused: boolean): { y: number[]; gw: number[] } => {
        const W = new Variable(w.clone(), { requiresGrad: true });
        const y = fused ? linearActivation(x, W, b, act) : activate(linear(x, W, b), act);
        y.sum().backward();
        return { y: Array.from(y.data.data), gw: Array.from(W.grad!.data) };
      };
      const f = run(true);
      const u = run(false);
      f.y.forEach((v, i) => expect(v).toBeCloseTo(u.y[i], 13));
      f.gw.forEach((v, i) => expect(v).toBeCloseTo(u.gw[i], 12));
    }
  });

  it('does not compute a gradient for an input that does not need one', () => {
    const l = new Linear(3, 2, { seed: 1 });
    const x = new Variable(sample([2, 3], 1));
    l.forward(x).sum().backward();
    expect(x.grad).toBeNull();
    expect(l.weight.grad).not.toBeNull();
  });
});

describe('MLP', () => {
  it("MLP([784, 30, 10]) has Nielsen's shapes and maps a batch to [N, 10] probabilities", () => {
    const net = new MLP([784, 30, 10], { seed: 0, init: 'nielsen' });
    expect(net.parameters().map((p) => p.shape)).toEqual([[30, 784], [30], [10, 30], [10]]);
    const y = net.forward(new Variable(sample([3, 784], 1)));
    expect(y.shape).toEqual([3, 10]);
    expect(y.data.data.every((v) => v > 0 && v < 1)).toBe(true);
  });

  it('one seed fixes the whole network', () => {
    const a = JSON.stringify(new MLP([3, 4, 2], { seed: 9 }).stateDict());
    expect(JSON.stringify(new MLP([3, 4, 2], { seed: 9 }).stateDict())).toBe(a);
    expect(JSON.stringify(new MLP([3, 4, 2], { seed: 10 }).stateDict())).not.toBe(a);
  });

  it('defaults: sigmoid everywhere (Nielsen); outputActivation overrides the last layer', () => {
    expect(new MLP([2, 2, 1]).activations.map((a) => a.name)).toEqual(['sigmoid', 'sigmoid']);
    expect(
      new MLP([2, 2, 2, 1], { activation: 'relu', outputActivation: 'identity' }).activations.map(
        (a) => a.name,
      ),
    ).toEqual(['relu', 'relu', 'identity']);
  });

  it('rejects bad sizes', () => {
    expect(() => new MLP([3])).toThrow(/at least an input and an output/);
    expect(() => new MLP([3, 0, 1])).toThrow(/positive integers/);
  });

  it('gradients of the whole network agree with central differences', () => {
    const net = new MLP([3, 4, 2], { activation: 'tanh', seed: 2 });
    const params = net.parameters();
    const x = sample([5, 3], 3);
    expectGradcheck(
      (...ps) => {
        let a: Variable = new Variable(x);
        net.layers.forEach((_, i) => (a = linearActivation(a, ps[2 * i], ps[2 * i + 1], net.activations[i])));
        return a.sum();
      },
      params.map((p) => p.data.clone()),
    );
  });
});
