// Wrong answer: the hidden layer returns the weighted sums Xb Wᵀ without the sigmoid.
import type { Misconception } from '@bp/grader/suite';
import { accuracy, appendBiasColumn, outputLayer, predictClass, type XorForward } from '../bias-trick.js';

export { accuracy, appendBiasColumn, outputLayer, predictClass };
export type { XorForward };

export const misconception: Misconception = {
  'pt-BR':
    'Faltou a ativação na camada oculta: cada nó oculto devolve σ(soma ponderada), não a soma ponderada. No exemplo, o primeiro nó recebe 0·0,351 + 1·1,076 + 1·1,116 = 2,192 e devolve σ(2,192) = 0,899529. Sem a não linearidade, a rede inteira vira uma única camada e não resolve o XOR.',
  en: 'The hidden layer is missing its activation: each hidden node returns σ(weighted sum), not the weighted sum. In the example the first node receives 0·0.351 + 1·1.076 + 1·1.116 = 2.192 and returns σ(2.192) = 0.899529. Without the nonlinearity the whole network collapses into one layer and cannot solve XOR.',
};
export const targets = ['hiddenLayer', 'forwardXor'];

export function hiddenLayer(Xb: number[][], W: number[][]): number[][] {
  return Xb.map((row) => W.map((weights) => row.reduce((sum, x, k) => sum + x * weights[k], 0)));
}

export function forwardXor(X: number[][], W1: number[][], w2: number[]): XorForward {
  const withBias = appendBiasColumn(X);
  const hidden = hiddenLayer(withBias, W1);
  const output = outputLayer(hidden, w2);
  return { withBias, hidden, output, classes: predictClass(output) };
}
