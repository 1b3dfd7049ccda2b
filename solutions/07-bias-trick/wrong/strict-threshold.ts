// Wrong answer: class 1 only when the output is strictly above the threshold.
import type { Misconception } from '@bp/grader/suite';

export { accuracy, appendBiasColumn, forwardXor, hiddenLayer, outputLayer } from '../bias-trick.js';
export type { XorForward } from '../bias-trick.js';

export const misconception: Misconception = {
  'pt-BR':
    'A convenção do degrau neste exercício é classe 1 quando saída ≥ limiar (maior ou igual). Uma saída exatamente igual ao limiar, como σ(0) = 0,5 com o limiar padrão, é classe 1.',
  en: 'The step convention in this exercise is class 1 when output ≥ threshold (greater than or equal). An output exactly at the threshold, such as σ(0) = 0.5 with the default threshold, is class 1.',
};
export const targets = ['predictClass'];

export function predictClass(outputs: number[], threshold = 0.5): number[] {
  return outputs.map((o) => (o > threshold ? 1 : 0));
}
