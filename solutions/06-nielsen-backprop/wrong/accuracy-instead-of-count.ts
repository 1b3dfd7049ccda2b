// Wrong answer: returns the fraction of correct answers instead of their number.
import type { Misconception } from '@bp/grader/suite';
import { feedforward, type LabelledExample, type Matrix, type Vector } from '../network.js';

export { feedforward, backprop, updateMiniBatch } from '../network.js';

export const misconception: Misconception = {
  'pt-BR':
    'evaluate devolve o número de exemplos de teste em que a rede acerta, como no livro (que imprime "9500 / 10000"), e não a fração de acertos. Conte os exemplos em que o índice da maior saída é igual ao rótulo.',
  en: 'evaluate returns the number of test examples the network gets right, as in the book (which prints "9500 / 10000"), not the fraction. Count the examples where the index of the largest output equals the label.',
};
export const targets = ['evaluate'];

const argmax = (v: Vector): number => v.reduce((best, x, i) => (x > v[best] ? i : best), 0);

export function evaluate(weights: Matrix[], biases: Vector[], testData: LabelledExample[]): number {
  if (testData.length === 0) return 0;
  const right = testData.filter(({ x, label }) => argmax(feedforward(weights, biases, x)) === label).length;
  return right / testData.length;
}
