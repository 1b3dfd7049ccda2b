// Wrong answer: on the path to θ1, multiplies by dz2/dθ2 = a1 where dz2/da1 = θ2 belongs.
import type { Misconception } from '@bp/grader/suite';
import {
  forward,
  localDerivatives,
  type Gradients,
  type Params,
  type Thetas,
  type TrainStep,
} from '../chain-rule.js';

export { forward, localDerivatives };

export const misconception: Misconception = {
  'pt-BR':
    'No caminho até θ1, a cadeia atravessa z2 = θ2·a1 pela entrada a1, então o fator é dz2/da1 = θ2, e não dz2/dθ2 = a1 (esse é o fator do caminho até θ2): dJ/dθ1 = (a2 − y)·a2(1 − a2)·θ2·a1(1 − a1)·x = −0,0131877 no exemplo.',
  en: 'On the path to θ1 the chain goes through z2 = θ2·a1 by its input a1, so the factor is dz2/da1 = θ2, not dz2/dθ2 = a1 (that is the factor of the path to θ2): dJ/dθ1 = (a2 − y)·a2(1 − a2)·θ2·a1(1 − a1)·x = −0.0131877 in the example.',
};
export const targets = ['gradients', 'sgdStep', 'trainStep'];

export function gradients(p: Params): Gradients {
  const d = localDerivatives(p);
  const delta2 = d.dJ_da2 * d.da2_dz2;
  return {
    dJ_dtheta2: delta2 * d.dz2_dtheta2,
    dJ_dtheta1: delta2 * d.dz2_dtheta2 * d.da1_dz1 * d.dz1_dtheta1,
  };
}

export function sgdStep(p: Params, learningRate: number): Thetas {
  const g = gradients(p);
  return { theta1: p.theta1 - learningRate * g.dJ_dtheta1, theta2: p.theta2 - learningRate * g.dJ_dtheta2 };
}

export function trainStep(p: Params, learningRate: number): TrainStep {
  const g = gradients(p);
  const next = sgdStep(p, learningRate);
  const after = forward({ ...p, ...next });
  return { J: forward(p).J, ...g, ...next, yHat: after.a2, newJ: after.J };
}
