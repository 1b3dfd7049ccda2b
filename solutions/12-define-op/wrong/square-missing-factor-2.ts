// Wrong answer: d(x²)/dx written as x.
import type { Misconception } from '@bp/grader/suite';
import { defineOp, type Op } from '@bp/autograd';
import { map, mul } from '@bp/tensor';

export { makeSoftsignOp, makeMulOp, makeSwishOp, makeLinearOp } from '../ops.js';

export const misconception: Misconception = {
  'pt-BR':
    'Pela regra da potência, d(x²)/dx = 2x: o expoente desce e multiplica. Sem o fator 2 o gradiente sai pela metade; no exemplo, ∂L/∂x = g ⊙ 2x = [1; −2; −6], não [0,5; −1; −3].',
  en: 'By the power rule, d(x²)/dx = 2x: the exponent comes down as a factor. Without the 2 the gradient is halved; in the example ∂L/∂x = g ⊙ 2x = [1, −2, −6], not [0.5, −1, −3].',
};
export const targets = ['makeSquareOp'];

export function makeSquareOp(): Op<undefined> {
  return defineOp({
    name: 'square',
    forward: ([x]) => map(x, (v) => v * v),
    backward: (g, { inputs: [x] }) => [mul(g, x)],
  });
}
