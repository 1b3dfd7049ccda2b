import { describe, expect, it } from 'vitest';
import { tensor } from '@bp/tensor';
import { Variable, noGrad, softplus, sigmoid } from '@bp/autograd';
import { SGD, fit, type Trainable } from '../src/index.js';
import { round } from './helpers.js';

/** E1's network: prediction = w3·softplus(w1·x + b1) + w4·softplus(w2·x + b2) + b3, with only b3 learned. */
function dosageModel(b3: Variable): Trainable {
  return {
    forward: (x) => {
      const u = softplus(x.mul(3.34).add(-1.43));
      const v = softplus(x.mul(-3.53).add(0.57));
      return u.mul(-1.22).add(v.mul(-2.3)).add(b3);
    },
    parameters: () => [b3],
  };
}

const dosage = { x: tensor([[0], [0.5], [1]]), y: tensor([[0], [1], [0]]) };
/** SSR = Σ (observed − predicted)². */
const ssr = (predicted: Variable, observed: Variable): Variable => observed.sub(predicted).pow(2).sum();

describe('E1: the final bias by gradient descent (SGD on b3 alone, lr 0.1)', () => {
  it('reproduces steps 1 and 2 to 6 decimals', () => {
    const b3 = new Variable([0], { requiresGrad: true, label: 'b3' });
    const model = dosageModel(b3);
    const opt = new SGD([b3], { lr: 0.1 });

    const predicted = model.forward(new Variable(dosage.x));
    expect(Array.from(predicted.data.data, (p) => round(p, 6))).toEqual([-2.603665, -1.609019, -2.61487]);
    const loss1 = ssr(predicted, new Variable(dosage.y));
    expect(round(loss1.item(), 6)).toBe(20.423598);
    opt.zeroGrad();
    loss1.backward();
    const slope1 = b3.grad?.item() ?? NaN;
    expect(round(slope1, 6)).toBe(-15.655108);
    expect(round(slope1 * 0.1, 6)).toBe(-1.565511); // step size = slope × learning rate
    opt.step();
    expect(round(b3.item(), 6)).toBe(1.565511); // new b3 = b3 − step size

    const loss2 = ssr(model.forward(new Variable(dosage.x)), new Variable(dosage.y));
    expect(round(loss2.item(), 6)).toBe(3.267828);
    opt.zeroGrad();
    loss2.backward();
    expect(round(b3.grad?.item() ?? NaN, 6)).toBe(-6.262043);
  });

  it('converges near 2.61, stopping once |step size| < 0.001', () => {
    const b3 = new Variable([0], { requiresGrad: true });
    const model = dosageModel(b3);
    const opt = new SGD([b3], { lr: 0.1 });
    let steps = 0;
    let stepSize = Infinity;
    while (Math.abs(stepSize) >= 0.001 && steps < 1000) {
      opt.zeroGrad();
      ssr(model.forward(new Variable(dosage.x)), new Variable(dosage.y)).backward();
      stepSize = (b3.grad?.item() ?? NaN) * opt.lr;
      opt.step();
      steps++;
    }
    expect(Math.abs(stepSize)).toBeLessThan(0.001);
    expect(steps).toBeLessThan(1000);
    expect(b3.item()).toBeCloseTo(2.61, 2);
  });

  it('fit with the step-size rule { minStep: 0.001 } gives the same run', () => {
    const manual = new Variable([0], { requiresGrad: true });
    const manualModel = dosageModel(manual);
    const manualOpt = new SGD([manual], { lr: 0.1 });
    const manualLosses: number[] = [];
    for (;;) {
      manualOpt.zeroGrad();
      const loss = ssr(manualModel.forward(new Variable(dosage.x)), new Variable(dosage.y));
      manualLosses.push(loss.item());
      loss.backward();
      const before = manual.item();
      manualOpt.step();
      if (Math.abs(manual.item() - before) < 0.001) break;
    }

    const b3 = new Variable([0], { requiresGrad: true });
    const history = fit(dosageModel(b3), dosage, {
      loss: ssr,
      lr: 0.1,
      epochs: 1000,
      shuffle: false,
      earlyStopping: { minStep: 1e-3 },
    });
    expect(history.reason).toBe('minStep');
    expect(history.stoppedEarly).toBe(true);
    expect(round(history.loss[0], 6)).toBe(20.423598);
    expect(round(history.loss[1], 6)).toBe(3.267828);
    expect(round(history.maxUpdate?.[0] ?? NaN, 6)).toBe(1.565511);
    expect(history.maxUpdate?.at(-1)).toBeLessThan(0.001);
    expect(history.loss).toEqual(manualLosses);
    expect(b3.item()).toBe(manual.item());
    expect(b3.item()).toBeCloseTo(2.61, 2);
  });
});

describe('E3: two sigmoid layers, one neuron each, no bias; one SGD step with lr 0.1', () => {
  it('reproduces the gradients, the new weights, ŷ and J to 10 digits', () => {
    const theta1 = new Variable([[-0.5]], { requiresGrad: true, label: 'θ1' });
    const theta2 = new Variable([[0.5]], { requiresGrad: true, label: 'θ2' });
    const x = new Variable([[1]]);
    const y = new Variable([[1]]);
    const forward = (): Variable => sigmoid(sigmoid(x.matmul(theta1)).matmul(theta2));
    const cost = (yHat: Variable): Variable => y.sub(yHat).pow(2).sum().mul(0.5);

    const yHat0 = forward();
    expect(round(yHat0.item(), 10)).toBe(0.5470529419);
    const j0 = cost(yHat0);
    expect(round(j0.item(), 10)).toBe(0.1025805187);
    const opt = new SGD([theta1, theta2], { lr: 0.1 });
    opt.zeroGrad();
    j0.backward();
    expect(round(theta2.grad?.item() ?? NaN, 10)).toBe(-0.0423728802);
    expect(round(theta1.grad?.item() ?? NaN, 10)).toBe(-0.0131876973);
    opt.step();
    expect(round(theta2.item(), 10)).toBe(0.504237288);
    expect(round(theta1.item(), 10)).toBe(-0.4986812303);

    const yHat1 = noGrad(forward);
    expect(round(yHat1.item(), 10)).toBe(0.5474880292);
    expect(round(cost(yHat1).item(), 10)).toBe(0.1023835419);
  });
});
