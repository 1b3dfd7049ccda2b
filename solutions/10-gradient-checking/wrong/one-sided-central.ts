// Wrong answer: the "central" difference is a forward difference, (C(w + ε·e_j) − C(w)) / ε.
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
    'A diferença central olha para os dois lados: (C(w + ε·e_j) − C(w − ε·e_j)) / (2ε). Usar C(w) no lugar de C(w − ε·e_j) dá a diferença progressiva, cujo erro é proporcional a ε; o da central é proporcional a ε². No exemplo, com ε = 1e−4, a central erra por volta de 1e−11 e a progressiva, por volta de 1e−7.',
  en: 'The central difference looks at both sides: (C(w + ε·e_j) − C(w − ε·e_j)) / (2ε). Using C(w) instead of C(w − ε·e_j) gives the forward difference, whose error is proportional to ε; the central one’s is proportional to ε². In the example, with ε = 1e−4, the central difference is off by about 1e−11 and the forward one by about 1e−7.',
};
export const targets = ['centralDifferenceGradient'];

export function centralDifferenceGradient(weights: number[], data: ChainData, eps: number): number[] {
  const base = chainCost(weights, data);
  return weights.map(
    (_, j) =>
      (chainCost(
        weights.map((w, k) => (k === j ? w + eps : w)),
        data,
      ) -
        base) /
      eps,
  );
}
