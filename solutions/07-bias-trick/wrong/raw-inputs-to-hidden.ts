// Wrong answer: builds the matrix with the ones column but feeds the original X to the hidden layer.
import type { Misconception } from '@bp/grader/suite';
import {
  accuracy,
  appendBiasColumn,
  hiddenLayer,
  outputLayer,
  predictClass,
  type XorForward,
} from '../bias-trick.js';

export { accuracy, appendBiasColumn, hiddenLayer, outputLayer, predictClass };
export type { XorForward };

export const misconception: Misconception = {
  'pt-BR':
    'A camada oculta precisa receber a matriz com a coluna de uns (4×3), não o X original (4×2). Com X, o produto só usa os pesos de x0 e x1, e o terceiro peso de cada nó, que é o viés, nunca entra na conta: para a entrada (0, 1), o primeiro nó daria σ(1,076) em vez de σ(1,076 + 1,116) = 0,899529.',
  en: 'The hidden layer must receive the matrix with the ones column (4×3), not the original X (4×2). With X the product only uses the weights of x0 and x1, and the third weight of each node, the bias, never enters: for the input (0, 1) the first node would give σ(1.076) instead of σ(1.076 + 1.116) = 0.899529.',
};
export const targets = ['forwardXor'];

export function forwardXor(X: number[][], W1: number[][], w2: number[]): XorForward {
  const withBias = appendBiasColumn(X);
  const hidden = hiddenLayer(X, W1);
  const output = outputLayer(hidden, w2);
  return { withBias, hidden, output, classes: predictClass(output) };
}
