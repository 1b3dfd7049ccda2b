// Wrong answer: the derivative of x/(1 + |x|) taken as 1/(1 + |x|), as if the denominator were a constant.
import type { Misconception } from '@bp/grader/suite';
import { defineOp, type Op } from '@bp/autograd';
import { map, zipWith } from '@bp/tensor';

export { makeSquareOp, makeMulOp, makeSwishOp, makeLinearOp } from '../ops.js';

export const misconception: Misconception = {
  'pt-BR':
    'O denominador 1 + |x| também depende de x, então vale a regra do quociente: d/dx [x/(1 + |x|)] = ((1 + |x|) − x·sinal(x)) / (1 + |x|)² = 1/(1 + |x|)². O quadrado no denominador faz a derivada cair bem mais rápido: em x = 3 ela é 1/16, não 1/4.',
  en: 'The denominator 1 + |x| also depends on x, so the quotient rule applies: d/dx [x/(1 + |x|)] = ((1 + |x|) − x·sign(x)) / (1 + |x|)² = 1/(1 + |x|)². The square in the denominator makes the derivative fall much faster: at x = 3 it is 1/16, not 1/4.',
};
export const targets = ['makeSoftsignOp'];

export function makeSoftsignOp(): Op<undefined> {
  return defineOp({
    name: 'softsign',
    forward: ([x]) => map(x, (v) => v / (1 + Math.abs(v))),
    backward: (g, { inputs: [x] }) => [zipWith('softsign.backward', g, x, (gi, v) => gi / (1 + Math.abs(v)))],
  });
}
