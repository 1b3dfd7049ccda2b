// Wrong answer: updates the parameters after each example of the mini-batch, so later examples see new weights.
import type { Misconception } from '@bp/grader/suite';
import { backprop, type Example, type Matrix, type Params, type Vector } from '../network.js';

export { feedforward, backprop, evaluate } from '../network.js';

export const misconception: Misconception = {
  'pt-BR':
    'Num minilote, os gradientes de todos os exemplos são calculados com os mesmos pesos (os de antes do passo), somados, e só então vem uma única atualização com η/m. Atualizar a cada exemplo faz os exemplos seguintes usarem pesos já modificados: vira uma sequência de passos pequenos, e o resultado é outro.',
  en: 'In a mini-batch, the gradients of every example are computed with the same weights (those from before the step), summed, and only then comes a single update with η/m. Updating after each example makes the later examples use weights that already changed: it becomes a sequence of small steps, and the result is different.',
};
export const targets = ['updateMiniBatch'];

export function updateMiniBatch(weights: Matrix[], biases: Vector[], batch: Example[], eta: number): Params {
  const rate = eta / batch.length;
  let w = weights;
  let b = biases;
  for (const { x, y } of batch) {
    const { nablaB, nablaW } = backprop(w, b, x, y);
    w = w.map((m, l) => m.map((row, j) => row.map((v, k) => v - rate * nablaW[l][j][k])));
    b = b.map((vec, l) => vec.map((v, j) => v - rate * nablaB[l][j]));
  }
  return { weights: w, biases: b };
}
