// Wrong answer: puts the column of ones first, while the weights list the bias last.
import type { Misconception } from '@bp/grader/suite';
import { accuracy, hiddenLayer, outputLayer, predictClass, type XorForward } from '../bias-trick.js';

export { accuracy, hiddenLayer, outputLayer, predictClass };
export type { XorForward };

export const misconception: Misconception = {
  'pt-BR':
    'A coluna de uns pode ficar em qualquer posição, desde que os pesos estejam na mesma ordem. Aqui cada linha de pesos segue a ordem (x0, x1, viés), então o 1 precisa ir no fim de cada exemplo: (0, 1) vira (0, 1, 1), e não (1, 0, 1). Com o 1 no começo, o viés é multiplicado pelo peso de x0.',
  en: 'The column of ones may go anywhere as long as the weights follow the same order. Here each row of weights is in the order (x0, x1, bias), so the 1 must go at the end of each example: (0, 1) becomes (0, 1, 1), not (1, 0, 1). With the 1 first, the bias input is multiplied by the weight of x0.',
};
export const targets = ['appendBiasColumn', 'forwardXor'];

export function appendBiasColumn(X: number[][]): number[][] {
  return X.map((row) => [1, ...row]);
}

export function forwardXor(X: number[][], W1: number[][], w2: number[]): XorForward {
  const withBias = appendBiasColumn(X);
  const hidden = hiddenLayer(withBias, W1);
  const output = outputLayer(hidden, w2);
  return { withBias, hidden, output, classes: predictClass(output) };
}
