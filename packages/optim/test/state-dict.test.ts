import { describe, expect, it } from 'vitest';
import { Adam, AdamW, SGD, type Optimizer, type OptimizerStateDict } from '../src/index.js';
import { backwardSquares, param, values } from './helpers.js';
import type { Variable } from '@bp/autograd';

function steps(opt: Optimizer, x: Variable, n: number): void {
  for (let i = 0; i < n; i++) {
    backwardSquares(x);
    opt.step();
  }
}

describe('stateDict / loadStateDict', () => {
  const makers: [string, (p: Variable) => Optimizer][] = [
    ['SGD with momentum', (p) => new SGD([p], { lr: 0.05, momentum: 0.9, dampening: 0.2 })],
    ['Adam with AMSGrad', (p) => new Adam([p], { lr: 0.1, amsgrad: true })],
    ['AdamW', (p) => new AdamW([p], { lr: 0.1 })],
  ];
  for (const [name, make] of makers) {
    it(`${name}: a restored optimizer continues exactly like the original`, () => {
      const a = param([1.5, -0.5]);
      const optA = make(a);
      steps(optA, a, 3);
      const saved = JSON.parse(JSON.stringify(optA.stateDict())) as OptimizerStateDict;
      const b = param(values(a));
      const optB = make(b);
      optB.loadStateDict(saved);
      steps(optA, a, 4);
      steps(optB, b, 4);
      expect(values(b)).toEqual(values(a));
    });
  }

  it('refuses a dict from another optimizer or of another size', () => {
    const sgd = new SGD([param([1])], { lr: 0.1 });
    const adam = new Adam([param([1])]);
    expect(() => adam.loadStateDict(sgd.stateDict())).toThrow(/saved by SGD, not Adam/);
    const two = new SGD([param([1]), param([2])], { lr: 0.1 });
    expect(() => sgd.loadStateDict(two.stateDict())).toThrow(
      /state for 2 parameters, but this optimizer has 1/,
    );
  });

  it('records the learning rate and hyperparameters', () => {
    const opt = new SGD([param([1])], { lr: 0.1, momentum: 0.9 });
    opt.lr = 0.02;
    const dict = opt.stateDict();
    expect(dict.lr).toBe(0.02);
    expect(dict.options).toMatchObject({ momentum: 0.9, nesterov: false });
    const other = new SGD([param([1])], { lr: 0.1, momentum: 0.9 });
    other.loadStateDict(dict);
    expect(other.lr).toBe(0.02);
  });
});
