// Wrong answer: the bias gradient averages the rows of g instead of summing them.
import type { Misconception } from '@bp/grader/suite';
import { defineOp, type Op } from '@bp/autograd';
import { add, matmul, mean, transpose } from '@bp/tensor';

export { makeSquareOp, makeSoftsignOp, makeMulOp, makeSwishOp } from '../ops.js';

export const misconception: Misconception = {
  'pt-BR':
    'O viés b é somado a cada uma das N linhas (broadcasting): ele é usado N vezes, e as contribuições de cada uso se somam, ∂L/∂b = Σ_linhas g. Tirar a média divide o gradiente por N; se a perda for uma média, o 1/N já vem dentro de g. No exemplo, ∂L/∂b = [1; 1; 0], não [0,5; 0,5; 0].',
  en: 'The bias b is added to each of the N rows (broadcasting): it is used N times, and the contributions of every use add up, ∂L/∂b = Σ_rows g. Averaging divides the gradient by N; if the loss is a mean, the 1/N is already inside g. In the example ∂L/∂b = [1, 1, 0], not [0.5, 0.5, 0].',
};
export const targets = ['makeLinearOp'];

export function makeLinearOp(): Op<undefined> {
  return defineOp({
    name: 'linear',
    forward: ([x, w, b]) => add(matmul(x, transpose(w)), b),
    backward: (g, { inputs: [x, w] }) => [matmul(g, w), matmul(transpose(g), x), mean(g, 0)],
  });
}
