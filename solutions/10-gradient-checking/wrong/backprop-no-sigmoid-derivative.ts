// Wrong answer: the backward pass forgets the sigmoid's derivative a(1 − a) at every unit.
import type { Misconception } from '@bp/grader/suite';
import type { ChainData } from '../gradient-check.js';

export {
  centralDifferenceGradient,
  chainCost,
  forwardDifferenceGradient,
  forwardPassCount,
  gradientCheck,
  relativeError,
  TINY,
} from '../gradient-check.js';
export type { ChainData, CheckResult, Method, PassCount, Tolerance } from '../gradient-check.js';

export const misconception: Misconception = {
  'pt-BR':
    'Faltou a derivada da sigmoide. Entre a e z = w·a_anterior existe a ativação, e a regra da cadeia multiplica por ∂a/∂z = a(1 − a) em cada unidade: δ_P = (a_P − y)·a_P(1 − a_P) e δ_(l−1) = δ_l·w_l·a_(l−1)(1 − a_(l−1)). É justamente o tipo de erro que a verificação por diferenças finitas encontra: no exemplo, ∂J/∂w2 = −0,0423729.',
  en: 'The derivative of the sigmoid is missing. Between a and z = w·a_previous sits the activation, and the chain rule multiplies by ∂a/∂z = a(1 − a) at every unit: δ_P = (a_P − y)·a_P(1 − a_P) and δ_(l−1) = δ_l·w_l·a_(l−1)(1 − a_(l−1)). This is exactly the kind of bug that checking against finite differences finds: in the example, ∂J/∂w2 = −0.0423729.',
};
export const targets = ['backpropGradient'];

export function backpropGradient(weights: number[], data: ChainData): number[] {
  const P = weights.length;
  const grad = new Array<number>(P).fill(0);
  data.x.forEach((x, i) => {
    const a = [x];
    for (const w of weights) a.push(1 / (1 + Math.exp(-w * a[a.length - 1])));
    let delta = a[P] - data.y[i];
    for (let l = P; l >= 1; l--) {
      grad[l - 1] += delta * a[l - 1];
      delta = delta * weights[l - 1];
    }
  });
  return grad;
}
