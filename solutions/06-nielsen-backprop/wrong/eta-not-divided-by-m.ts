// Wrong answer: w ← w − η Σ ∇w, forgetting to divide the summed gradients by the mini-batch size m.
import type { Misconception } from '@bp/grader/suite';
import { backprop, type Example, type Matrix, type Params, type Vector } from '../network.js';

export { feedforward, backprop, evaluate } from '../network.js';

export const misconception: Misconception = {
  'pt-BR':
    'A regra do minilote usa a média dos gradientes: w ← w − (η/m) Σ ∇w e b ← b − (η/m) Σ ∇b, com m exemplos no minilote. Somar os gradientes e multiplicar só por η dá um passo m vezes maior; com m = 1 as duas coisas coincidem, e por isso o erro só aparece em minilotes maiores.',
  en: 'The mini-batch rule uses the mean of the gradients: w ← w − (η/m) Σ ∇w and b ← b − (η/m) Σ ∇b, with m examples in the mini-batch. Summing the gradients and multiplying by η alone gives a step m times larger; with m = 1 both agree, which is why the mistake only shows on larger mini-batches.',
};
export const targets = ['updateMiniBatch'];

export function updateMiniBatch(weights: Matrix[], biases: Vector[], batch: Example[], eta: number): Params {
  const sumB = biases.map((b) => b.map(() => 0));
  const sumW = weights.map((w) => w.map((row) => row.map(() => 0)));
  for (const { x, y } of batch) {
    const { nablaB, nablaW } = backprop(weights, biases, x, y);
    nablaB.forEach((nb, l) => nb.forEach((v, j) => (sumB[l][j] += v)));
    nablaW.forEach((nw, l) => nw.forEach((row, j) => row.forEach((v, k) => (sumW[l][j][k] += v))));
  }
  return {
    weights: weights.map((w, l) => w.map((row, j) => row.map((v, k) => v - eta * sumW[l][j][k]))),
    biases: biases.map((b, l) => b.map((v, j) => v - eta * sumB[l][j])),
  };
}
