// Wrong answer: updates θ2 first and then computes dJ/dθ1 with the new θ2.
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
    'Todos os gradientes de um passo são calculados no mesmo ponto, com os parâmetros antigos, e só depois os parâmetros são atualizados. Aqui θ2 foi atualizado antes de calcular dJ/dθ1, que depende de θ2 (pelo fator dz2/da1 = θ2): o θ1 novo sai um pouco diferente de −0,4986812303.',
  en: 'Every gradient of a step is computed at the same point, with the old parameters, and only then are the parameters updated. Here θ2 was updated before computing dJ/dθ1, which depends on θ2 (through the factor dz2/da1 = θ2): the new θ1 comes out slightly off −0.4986812303.',
};
export const targets = ['sgdStep', 'trainStep'];

export function sgdStep(p: Params, learningRate: number): Thetas {
  const theta2 = p.theta2 - learningRate * gradients(p).dJ_dtheta2;
  const theta1 = p.theta1 - learningRate * gradients({ ...p, theta2 }).dJ_dtheta1;
  return { theta1, theta2 };
}

export function trainStep(p: Params, learningRate: number): TrainStep {
  const g = gradients(p);
  const next = sgdStep(p, learningRate);
  const after = forward({ ...p, ...next });
  return { J: forward(p).J, ...g, ...next, yHat: after.a2, newJ: after.J };
}
