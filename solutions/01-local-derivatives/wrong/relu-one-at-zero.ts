// Wrong answer: ReLU′(0) = 1 instead of the course's convention ReLU′(0) = 0.
import type { Misconception } from '@bp/grader/suite';

export {
  sigmoidPrime,
  softplusPrime,
  tanhPrime,
  halfSquaredErrorGrad,
  ssrGradPrediction,
} from '../derivatives.js';

export const misconception: Misconception = {
  'pt-BR':
    'A ReLU não tem derivada em z = 0 (o gráfico tem um bico ali), então é preciso escolher um valor; neste curso a convenção é ReLU′(0) = 0, ou seja, 1 só quando z > 0 (estritamente).',
  en: 'The ReLU has no derivative at z = 0 (its graph has a corner there), so a value must be chosen; this course uses the convention ReLU′(0) = 0, that is, 1 only when z > 0 (strictly).',
};
export const targets = ['reluPrime'];

export const reluPrime = (z: number): number => (z >= 0 ? 1 : 0);
