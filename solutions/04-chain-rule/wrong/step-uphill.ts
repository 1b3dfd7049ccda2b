// Wrong answer: adds the gradient to the parameters instead of subtracting it.
import type { Misconception } from '@bp/grader/suite';
import {
  forward,
  gradients,
  localDerivatives,
  type Params,
  type Thetas,
  type TrainStep,
} from '../chain-rule.js';

export { forward, gradients, localDerivatives };

export const misconception: Misconception = {
  'pt-BR':
    'A descida do gradiente anda contra o gradiente: θ ← θ − η·dJ/dθ. O gradiente aponta para onde o custo cresce; somá-lo aos parâmetros faz o custo subir. No exemplo, dJ/dθ2 = −0,0424 é negativo, então θ2 deve aumentar para 0,5042373, e J cai de 0,1025805 para 0,1023835.',
  en: 'Gradient descent moves against the gradient: θ ← θ − η·dJ/dθ. The gradient points where the cost grows; adding it to the parameters makes the cost go up. In the example dJ/dθ2 = −0.0424 is negative, so θ2 must increase to 0.5042373, and J falls from 0.1025805 to 0.1023835.',
};
export const targets = ['sgdStep', 'trainStep'];

export function sgdStep(p: Params, learningRate: number): Thetas {
  const g = gradients(p);
  return { theta1: p.theta1 + learningRate * g.dJ_dtheta1, theta2: p.theta2 + learningRate * g.dJ_dtheta2 };
}

export function trainStep(p: Params, learningRate: number): TrainStep {
  const g = gradients(p);
  const next = sgdStep(p, learningRate);
  const after = forward({ ...p, ...next });
  return { J: forward(p).J, ...g, ...next, yHat: after.a2, newJ: after.J };
}
