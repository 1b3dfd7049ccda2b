// Wrong answer: the backward returns the local derivative ∂y/∂x and forgets to multiply by the upstream gradient.
import type { Misconception } from '@bp/grader/suite';
import { defineOp, type Op } from '@bp/autograd';
import { map, sigmoidScalar } from '@bp/tensor';

export { makeMulOp, makeLinearOp } from '../ops.js';

export const misconception: Misconception = {
  'pt-BR':
    'O backward recebe g = ∂L/∂y, o gradiente que vem de cima, e tem de devolver ∂L/∂x = g ⊙ ∂y/∂x (regra da cadeia). Devolver só a derivada local ∂y/∂x dá o resultado certo apenas quando g vale 1 em todo lugar; no exemplo do quadrado, com g = [1; 0,5; −1], o gradiente é [1; −2; −6], não [1; −4; 6].',
  en: 'The backward receives g = ∂L/∂y, the gradient coming from above, and must return ∂L/∂x = g ⊙ ∂y/∂x (the chain rule). Returning only the local derivative ∂y/∂x is right only when g is 1 everywhere; in the square example, with g = [1, 0.5, −1], the gradient is [1, −2, −6], not [1, −4, 6].',
};
export const targets = ['makeSquareOp', 'makeSoftsignOp', 'makeSwishOp'];

export function makeSquareOp(): Op<undefined> {
  return defineOp({
    name: 'square',
    forward: ([x]) => map(x, (v) => v * v),
    backward: (_g, { inputs: [x] }) => [map(x, (v) => 2 * v)],
  });
}

export function makeSoftsignOp(): Op<undefined> {
  return defineOp({
    name: 'softsign',
    forward: ([x]) => map(x, (v) => v / (1 + Math.abs(v))),
    backward: (_g, { inputs: [x] }) => [map(x, (v) => 1 / (1 + Math.abs(v)) ** 2)],
  });
}

export function makeSwishOp(): Op<undefined> {
  return defineOp({
    name: 'swish',
    forward: ([x]) => map(x, (v) => v * sigmoidScalar(v)),
    backward: (_g, { inputs: [x] }) => [
      map(x, (v) => {
        const s = sigmoidScalar(v);
        return s * (1 + v * (1 - s));
      }),
    ],
  });
}
