// Wrong answer: the sigmoid's derivative written as z(1 − z), with z where the activation a belongs.
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
    'A derivada da sigmoide é σ′(z) = a(1 − a), com a = σ(z), a ativação que já saiu da passagem para a frente; não é z(1 − z). No exemplo, da1/dz1 = 0,3775 × 0,6225 = 0,2350, enquanto z1(1 − z1) = −0,5 × 1,5 = −0,75, um valor negativo que uma função crescente não pode ter.',
  en: 'The derivative of the sigmoid is σ′(z) = a(1 − a), with a = σ(z), the activation the forward pass already produced; it is not z(1 − z). In the example da1/dz1 = 0.3775 × 0.6225 = 0.2350, while z1(1 − z1) = −0.5 × 1.5 = −0.75, a negative slope that an increasing function cannot have.',
};
export const targets = ['localDerivatives', 'gradients', 'sgdStep', 'trainStep'];

export function localDerivatives(p: Params): LocalDerivatives {
  const { z1, a1, z2, a2 } = forward(p);
  return {
    dJ_da2: a2 - p.y,
    da2_dz2: z2 * (1 - z2),
    dz2_dtheta2: a1,
    dz2_da1: p.theta2,
    da1_dz1: z1 * (1 - z1),
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
