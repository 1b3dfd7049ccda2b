// Wrong answer: the output node returns H wᵀ without the sigmoid, and the step is applied to that sum.
import type { Misconception } from '@bp/grader/suite';
import { accuracy, appendBiasColumn, hiddenLayer, predictClass, type XorForward } from '../bias-trick.js';

export { accuracy, appendBiasColumn, hiddenLayer, predictClass };
export type { XorForward };

export const misconception: Misconception = {
  'pt-BR':
    'O nó de saída também passa pela sigmoide: saída = σ(H wᵀ). No exemplo, a soma ponderada é 0,026 e a saída é σ(0,026) = 0,506509. Sem a sigmoide, o degrau em 0,5 é aplicado à soma, que não é uma probabilidade, e a classe muda.',
  en: 'The output node goes through the sigmoid too: output = σ(H wᵀ). In the example the weighted sum is 0.026 and the output is σ(0.026) = 0.506509. Without the sigmoid the step at 0.5 is applied to the sum, which is not a probability, and the class changes.',
};
export const targets = ['outputLayer', 'forwardXor'];

export function outputLayer(H: number[][], w: number[]): number[] {
  return H.map((row) => row.reduce((sum, h, k) => sum + h * w[k], 0));
}

export function forwardXor(X: number[][], W1: number[][], w2: number[]): XorForward {
  const withBias = appendBiasColumn(X);
  const hidden = hiddenLayer(withBias, W1);
  const output = outputLayer(hidden, w2);
  return { withBias, hidden, output, classes: predictClass(output) };
}
