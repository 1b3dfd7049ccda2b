// Wrong answer: the central difference divided by ε instead of 2ε.
import type { Misconception } from '@bp/grader/suite';
import { chainCost, type ChainData } from '../gradient-check.js';

export {
  backpropGradient,
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
    'Na diferença central, os dois pontos w + ε·e_j e w − ε·e_j estão a 2ε um do outro, então a inclinação é (C(w + ε·e_j) − C(w − ε·e_j)) / (2ε). Dividindo só por ε, o resultado sai com o dobro do valor: no exemplo, −0,0847 em vez de −0,0423729.',
  en: 'In the central difference the two points w + ε·e_j and w − ε·e_j are 2ε apart, so the slope is (C(w + ε·e_j) − C(w − ε·e_j)) / (2ε). Dividing by ε alone doubles the result: in the example, −0.0847 instead of −0.0423729.',
};
export const targets = ['centralDifferenceGradient'];

export function centralDifferenceGradient(weights: number[], data: ChainData, eps: number): number[] {
  return weights.map((_, j) => {
    const plus = weights.map((w, k) => (k === j ? w + eps : w));
    const minus = weights.map((w, k) => (k === j ? w - eps : w));
    return (chainCost(plus, data) - chainCost(minus, data)) / eps;
  });
}
