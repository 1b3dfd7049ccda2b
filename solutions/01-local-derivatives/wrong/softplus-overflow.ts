// Wrong answer: e^z / (1 + e^z) overflows to Infinity / Infinity = NaN for large z.
import type { Misconception } from '@bp/grader/suite';

export {
  sigmoidPrime,
  reluPrime,
  tanhPrime,
  halfSquaredErrorGrad,
  ssrGradPrediction,
} from '../derivatives.js';

export const misconception: Misconception = {
  'pt-BR':
    'A fórmula e^z / (1 + e^z) está certa no papel, mas em float64 e^z estoura para Infinity quando z > 709 e Infinity / Infinity dá NaN. Use a forma equivalente 1 / (1 + e^(−z)) quando z ≥ 0 (e e^z / (1 + e^z) só quando z < 0), que nunca estoura.',
  en: 'The formula e^z / (1 + e^z) is right on paper, but in float64 e^z overflows to Infinity when z > 709 and Infinity / Infinity is NaN. Use the equivalent form 1 / (1 + e^(−z)) when z ≥ 0 (and e^z / (1 + e^z) only when z < 0), which never overflows.',
};
export const targets = ['softplusPrime'];

export const softplusPrime = (z: number): number => Math.exp(z) / (1 + Math.exp(z));
