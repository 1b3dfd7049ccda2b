// Wrong answer: each input of the product gets the gradient multiplied by itself instead of by the other input.
import type { Misconception } from '@bp/grader/suite';
import { defineOp, type Op } from '@bp/autograd';
import { mul } from '@bp/tensor';

export { makeSquareOp, makeSoftsignOp, makeSwishOp, makeLinearOp } from '../ops.js';

export const misconception: Misconception = {
  'pt-BR':
    'Em y = a ⊙ b, a derivada em relação a a é o outro fator: ∂y/∂a = b e ∂y/∂b = a. Logo ∂L/∂a = g ⊙ b e ∂L/∂b = g ⊙ a, com os fatores cruzados. No exemplo, ∂L/∂a = [[10; 0; −0,5]; [5; −2; 0,5]].',
  en: 'In y = a ⊙ b the derivative with respect to a is the other factor: ∂y/∂a = b and ∂y/∂b = a. So ∂L/∂a = g ⊙ b and ∂L/∂b = g ⊙ a, with the factors crossed. In the example ∂L/∂a = [[10, 0, −0.5], [5, −2, 0.5]].',
};
export const targets = ['makeMulOp'];

export function makeMulOp(): Op<undefined> {
  return defineOp({
    name: 'mul',
    forward: ([a, b]) => mul(a, b),
    backward: (g, { inputs: [a, b] }) => [mul(g, a), mul(g, b)],
  });
}
