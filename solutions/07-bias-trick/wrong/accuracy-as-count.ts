// Wrong answer: returns how many predictions are right instead of the fraction.
import type { Misconception } from '@bp/grader/suite';

export { appendBiasColumn, forwardXor, hiddenLayer, outputLayer, predictClass } from '../bias-trick.js';
export type { XorForward } from '../bias-trick.js';

export const misconception: Misconception = {
  'pt-BR':
    'A acurácia é a fração de acertos, entre 0 e 1: acertos ÷ número de exemplos. No exemplo, a rede acerta 3 dos 4 exemplos do XOR, então a acurácia é 0,75, e não 3.',
  en: 'Accuracy is the fraction of right predictions, between 0 and 1: right ÷ number of examples. In the example the network gets 3 of the 4 XOR examples right, so the accuracy is 0.75, not 3.',
};
export const targets = ['accuracy'];

export function accuracy(pred: number[], y: number[]): number {
  return y.filter((label, i) => pred[i] === label).length;
}
