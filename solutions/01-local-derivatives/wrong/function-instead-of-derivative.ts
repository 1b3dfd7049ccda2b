// Wrong answer: returns the activation itself instead of its derivative.
import type { Misconception } from '@bp/grader/suite';

export { halfSquaredErrorGrad, ssrGradPrediction } from '../derivatives.js';

export const misconception: Misconception = {
  'pt-BR':
    'A função devolve a própria ativação (σ(z), max(0, z), ln(1 + e^z), tanh z) e não a sua derivada. A derivada mede quanto a saída muda quando z muda um pouco: por exemplo σ′(z) = σ(z)(1 − σ(z)), que vale 0,25 em z = 0, e não 0,5.',
  en: 'The function returns the activation itself (σ(z), max(0, z), ln(1 + e^z), tanh z) instead of its derivative. The derivative measures how much the output changes when z changes a little: for instance σ′(z) = σ(z)(1 − σ(z)), which is 0.25 at z = 0, not 0.5.',
};
export const targets = ['sigmoidPrime', 'reluPrime', 'softplusPrime', 'tanhPrime'];

export const sigmoidPrime = (z: number): number => 1 / (1 + Math.exp(-z));
export const reluPrime = (z: number): number => Math.max(0, z);
export const softplusPrime = (z: number): number => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
export const tanhPrime = (z: number): number => Math.tanh(z);
