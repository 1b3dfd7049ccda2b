import { describe, expect, it } from 'vitest';
import { ArgumentError, tensor } from '@bp/tensor';
import { Variable } from '@bp/autograd';
import {
  Adam,
  AdamW,
  CosineAnnealingLR,
  ExponentialLR,
  SGD,
  StepLR,
  clipGradNorm,
  fit,
  type SGDOptions,
} from '../src/index.js';
import { param } from './helpers.js';

describe('argument checks name the optimizer, the argument and the problem', () => {
  const x = (): Variable => param([1]);

  it('SGD', () => {
    expect(() => new SGD([x()], { lr: 0.1, nesterov: true })).toThrow(
      "SGD: argument 'nesterov' requires momentum > 0 and dampening = 0 (got momentum 0, dampening 0)",
    );
    expect(() => new SGD([x()], { lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true })).toThrow(
      /dampening 0\.1/,
    );
    expect(() => new SGD([x()], { lr: -0.1 })).toThrow("SGD: argument 'lr' must be ≥ 0, got -0.1");
    expect(() => new SGD([x()], { lr: NaN })).toThrow(/'lr' must be a finite number/);
    expect(() => new SGD([x()], {} as SGDOptions)).toThrow(/'lr' is required/);
    expect(() => new SGD([x()], { lr: 0.1, momentum: -1 })).toThrow(
      "SGD: argument 'momentum' must be ≥ 0, got -1",
    );
    expect(() => new SGD([x()], { lr: 0.1, weightDecay: -1 })).toThrow(/'weightDecay' must be ≥ 0/);
    expect(() => new SGD([x()], { lr: 0.1 })).not.toThrow();
  });

  it('Adam and AdamW', () => {
    expect(() => new Adam([x()], { betas: [1, 0.999] })).toThrow(
      "Adam: argument 'betas[0]' must be in [0, 1), got 1",
    );
    expect(() => new Adam([x()], { betas: [0.9, -0.1] })).toThrow(/'betas\[1\]' must be in \[0, 1\)/);
    expect(() => new AdamW([x()], { eps: -1 })).toThrow("AdamW: argument 'eps' must be ≥ 0, got -1");
    expect(() => new AdamW([x()], { lr: -1 })).toThrow(/AdamW: argument 'lr'/);
    expect(() => new Adam([x()], { weightDecay: -0.5 })).toThrow(/'weightDecay' must be ≥ 0/);
  });

  it('the parameter list', () => {
    expect(() => new SGD([], { lr: 0.1 })).toThrow(/'params' is empty/);
    expect(() => new SGD([new Variable([1])], { lr: 0.1 })).toThrow(/requiresGrad false/);
    const leaf = x();
    expect(() => new SGD([leaf.mul(2)], { lr: 0.1 })).toThrow(/result of an op \(mul\), not a leaf/);
    expect(() => new SGD([leaf, leaf], { lr: 0.1 })).toThrow(/entry 1 appears more than once/);
    expect(() => new SGD([leaf], { lr: 0.1 })).not.toThrow();
  });

  it('a parameter whose tensor was replaced by one of another size', () => {
    const p = x();
    const opt = new Adam([p]);
    p.data = tensor([1, 2]);
    p.grad = tensor([1, 1]);
    expect(() => opt.step()).toThrow(/now has 2 numbers, but the optimizer was built for 1/);
  });

  it('schedules', () => {
    const opt = new SGD([x()], { lr: 0.1 });
    expect(() => new StepLR(opt, { stepSize: 0 })).toThrow(
      "StepLR: argument 'stepSize' must be a positive integer, got 0",
    );
    expect(() => new StepLR(opt, { stepSize: 1.5 })).toThrow(/positive integer, got 1\.5/);
    expect(() => new ExponentialLR(opt, { gamma: 0 })).toThrow(
      "ExponentialLR: argument 'gamma' must be > 0, got 0",
    );
    expect(() => new CosineAnnealingLR(opt, { tMax: 0 })).toThrow(/'tMax' must be a positive integer/);
    expect(() => new CosineAnnealingLR(opt, { tMax: 3, etaMin: -1 })).toThrow(/'etaMin' must be ≥ 0/);
  });

  it('clipping', () => {
    expect(() => clipGradNorm([x()], -1)).toThrow("clipGradNorm: argument 'maxNorm' must be ≥ 0, got -1");
    expect(() => clipGradNorm([x()], 1, { normType: 0 })).toThrow(
      /'normType' must be a positive number or Infinity/,
    );
  });

  it('fit', () => {
    const w = x();
    const model = { forward: (v: Variable) => v.mul(w), parameters: () => [w] };
    const data = { x: tensor([[1], [2]]), y: tensor([[2], [4]]) };
    const loss = (p: Variable, t: Variable): Variable => p.sub(t).pow(2).mean();
    expect(() => fit(model, data, { loss, epochs: 1 })).toThrow(
      "fit: argument 'optimizer' is missing: give an optimizer or an lr (for plain SGD)",
    );
    expect(() =>
      fit(model, data, { loss, epochs: 1, lr: 0.1, optimizer: new SGD([w], { lr: 0.1 }) }),
    ).toThrow(/'lr' cannot be given together with optimizer/);
    expect(() => fit(model, data, { loss, epochs: 0, lr: 0.1 })).toThrow(
      "fit: argument 'epochs' must be a positive integer, got 0",
    );
    expect(() => fit(model, data, { loss, epochs: 1, lr: 0.1, batchSize: 0 })).toThrow(
      /'batchSize' must be a positive integer/,
    );
    expect(() =>
      fit(model, { x: tensor([[1], [2]]), y: tensor([[1]]) }, { loss, epochs: 1, lr: 0.1 }),
    ).toThrow('fit: data.x and data.y have different numbers of rows (shapes [2, 1] and [1, 1])');
    expect(() => fit(model, data, { loss: (p) => p, epochs: 1, lr: 0.1 })).toThrow(
      /the loss must return a single number/,
    );
    expect(() =>
      fit(model, data, { loss, epochs: 1, lr: 0.1, earlyStopping: { patience: 2, monitor: 'valLoss' } }),
    ).toThrow(/'valLoss' but no validation data/);
    expect(() => fit(model, data, { loss, epochs: 1, lr: 0.1, earlyStopping: { patience: 0 } })).toThrow(
      /'earlyStopping.patience' must be a positive integer/,
    );
  });

  it('errors are ArgumentErrors from @bp/tensor', () => {
    expect(() => new SGD([x()], { lr: -1 })).toThrow(ArgumentError);
  });
});
