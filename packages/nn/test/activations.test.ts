import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Variable } from '@bp/autograd';
import {
  Identity,
  NonDifferentiableError,
  ReLU,
  ScaledLinear,
  Sigmoid,
  Sign,
  Softplus,
  Step,
  Tanh,
  activate,
  activationNames,
  getActivation,
  identity,
  relu,
  scaledLinear,
  sigmoid,
  sign,
  softplus,
  step,
  tanh,
} from '../src/index.js';
import { dimArb, expectGradcheck, sample, seedArb } from './helpers.js';

const shapeArb = fc.array(dimArb, { minLength: 0, maxLength: 3 });
const awayFromZero = (x: number): number => (Math.abs(x) + 0.1) * Math.sign(x || 1);

describe('activation values', () => {
  it('match their definitions', () => {
    const x = new Variable([-2, -0.5, 0, 0.5, 2]);
    const xs = [-2, -0.5, 0, 0.5, 2];
    Array.from(sigmoid(x).data.data).forEach((s, i) => expect(s).toBeCloseTo(1 / (1 + Math.exp(-xs[i])), 15));
    expect(Array.from(tanh(x).data.data)).toEqual(xs.map(Math.tanh));
    expect(Array.from(relu(x).data.data)).toEqual([0, 0, 0, 0.5, 2]);
    Array.from(softplus(x).data.data).forEach((v, i) =>
      expect(v).toBeCloseTo(Math.log(1 + Math.exp(xs[i])), 15),
    );
    expect(Array.from(identity(x).data.data)).toEqual(xs);
    expect(Array.from(step(x).data.data)).toEqual([0, 0, 1, 1, 1]);
    expect(Array.from(sign(x).data.data)).toEqual([-1, -1, 0, 1, 1]);
    expect(Array.from(activate(x, scaledLinear(2)).data.data)).toEqual(xs.map((v) => 2 * v));
  });

  it('modules apply the same functions and have no parameters', () => {
    const x = new Variable([[-1, 0.3]]);
    const pairs: [{ forward(v: Variable): Variable; parameters(): unknown[] }, (v: Variable) => Variable][] =
      [
        [new Sigmoid(), sigmoid],
        [new Tanh(), tanh],
        [new ReLU(), relu],
        [new Softplus(), softplus],
        [new Identity(), identity],
        [new Step(), step],
        [new Sign(), sign],
        [new ScaledLinear(3), (v) => v.mul(3)],
      ];
    for (const [m, f] of pairs) {
      expect(m.forward(x).toArray()).toEqual(f(x).toArray());
      expect(m.parameters()).toEqual([]);
    }
  });

  it('softplus and sigmoid stay finite for large |x|', () => {
    const x = new Variable([-800, 800]);
    expect(Array.from(softplus(x).data.data)).toEqual([0, 800]);
    expect(Array.from(sigmoid(x).data.data)).toEqual([0, 1]);
  });
});

describe('derivatives', () => {
  it('through the output equal those through the input', () => {
    for (const name of activationNames) {
      const act = getActivation(name);
      const fromOutput = act.derivativeFromOutput;
      if (fromOutput === null) continue;
      for (const z of [-3, -0.7, 0.4, 2.5]) expect(fromOutput(act.fn(z))).toBeCloseTo(act.derivative(z), 14);
    }
    expect(getActivation('sigmoid').derivativeFromOutput!(0.5)).toBe(0.25);
    expect(scaledLinear(2).derivative(123)).toBe(2);
  });

  for (const name of activationNames.filter((n) => getActivation(n).differentiable)) {
    it(`${name} agrees with central differences on random shapes`, () => {
      fc.assert(
        fc.property(shapeArb, seedArb, (shape, seed) => {
          expectGradcheck((x) => activate(x, name), [sample(shape, seed, awayFromZero)]);
        }),
        { numRuns: 20 },
      );
    });
  }

  it('scaledLinear(c) agrees with central differences', () => {
    fc.assert(
      fc.property(shapeArb, seedArb, fc.double({ min: -3, max: 3, noNaN: true }), (shape, seed, c) => {
        expectGradcheck((x) => activate(x, scaledLinear(c)), [sample(shape, seed)]);
      }),
      { numRuns: 20 },
    );
  });

  for (const name of ['step', 'sign'] as const) {
    it(`${name} is forward only: backward explains why gradient descent cannot train it`, () => {
      const x = new Variable([0.3, -1], { requiresGrad: true });
      const y = activate(x, name);
      expect(() => y.sum().backward()).toThrow(NonDifferentiableError);
      expect(() => y.sum().backward()).toThrow(/derivative 0.*undefined.*perceptron learning rule/s);
      expect(() => getActivation(name).derivative(1)).toThrow(NonDifferentiableError);
      expect(getActivation(name).differentiable).toBe(false);
    });
  }

  it('an unknown name lists the valid ones', () => {
    expect(() => getActivation('gelu' as 'relu')).toThrow(
      /sigmoid, tanh, relu, softplus, identity, step, sign/,
    );
  });
});
