// Wrong answer: dJ/da2 = y − a2, so both gradients flip sign and the "descent" climbs the cost.
import type { Misconception } from '@bp/grader/suite';
import {
  forward,
  type Gradients,
  type LocalDerivatives,
  type Params,
  type Thetas,
  type TrainStep,
} from '../chain-rule.js';

export { forward };

export const misconception: Misconception = {
  'pt-BR':
    'Derivando J = ½(y − a2)² em relação a a2, a regra da cadeia traz o fator −1 de dentro do parêntese: dJ/da2 = (y − a2)·(−1) = a2 − y. Sem esse sinal, os dois gradientes saem trocados (dJ/dθ2 = +0,0424 em vez de −0,0424) e o passo de descida aumenta o custo em vez de diminuí-lo.',
  en: 'Differentiating J = ½(y − a2)² with respect to a2, the chain rule brings the −1 from inside the parentheses: dJ/da2 = (y − a2)·(−1) = a2 − y. Without that sign both gradients come out flipped (dJ/dθ2 = +0.0424 instead of −0.0424) and the descent step increases the cost instead of decreasing it.',
};
export const targets = ['localDerivatives', 'gradients', 'sgdStep', 'trainStep'];

export function localDerivatives(p: Params): LocalDerivatives {
  const { a1, a2 } = forward(p);
  return {
    dJ_da2: p.y - a2,
    da2_dz2: a2 * (1 - a2),
    dz2_dtheta2: a1,
    dz2_da1: p.theta2,
    da1_dz1: a1 * (1 - a1),
    dz1_dtheta1: p.x,
  };
}

export function gradients(p: Params): Gradients {
  const d = localDerivatives(p);
  const delta2 = d.dJ_da2 * d.da2_dz2;
  return { dJ_dtheta2: delta2 * d.dz2_dtheta2, dJ_dtheta1: delta2 * d.dz2_da1 * d.da1_dz1 * d.dz1_dtheta1 };
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
