// Wrong answer: swish's backward evaluates the derivative at the output y = x·σ(x) instead of at the input x.
import type { Misconception } from '@bp/grader/suite';
import { defineOp, type Op } from '@bp/autograd';
import { map, sigmoidScalar, zipWith } from '@bp/tensor';

export { makeSquareOp, makeSoftsignOp, makeMulOp, makeLinearOp } from '../ops.js';

export const misconception: Misconception = {
  'pt-BR':
    'A derivada da swish, σ(x)·(1 + x·(1 − σ(x))), é avaliada na entrada x (ctx.inputs[0]), não na saída y = x·σ(x) (ctx.output). Só a sigmoide tem a derivada escrita com a própria saída, σ′ = y(1 − y); para a swish, trocar x por y dá outro número: em x = 2 a derivada é 1,090784, mas avaliada em y = 1,761594 sai 1,073788.',
  en: 'The derivative of swish, σ(x)·(1 + x·(1 − σ(x))), is evaluated at the input x (ctx.inputs[0]), not at the output y = x·σ(x) (ctx.output). Only the sigmoid has its derivative written with its own output, σ′ = y(1 − y); for swish, putting y where x belongs gives another number: at x = 2 the derivative is 1.090784, but evaluated at y = 1.761594 it comes out as 1.073788.',
};
export const targets = ['makeSwishOp'];

export function makeSwishOp(): Op<undefined> {
  return defineOp({
    name: 'swish',
    forward: ([x]) => map(x, (v) => v * sigmoidScalar(v)),
    backward: (g, { output }) => [
      zipWith('swish.backward', g, output, (gi, y) => {
        const s = sigmoidScalar(y);
        return gi * s * (1 + y * (1 - s));
      }),
    ],
  });
}
