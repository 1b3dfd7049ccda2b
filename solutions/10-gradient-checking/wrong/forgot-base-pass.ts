// Wrong answer: counts P forward passes for forward differences, forgetting C(w) itself.
import type { Misconception } from '@bp/grader/suite';
import type { Method, PassCount } from '../gradient-check.js';

export {
  backpropGradient,
  centralDifferenceGradient,
  chainCost,
  forwardDifferenceGradient,
  gradientCheck,
  relativeError,
  TINY,
} from '../gradient-check.js';
export type { ChainData, CheckResult, Method, PassCount, Tolerance } from '../gradient-check.js';

export const misconception: Misconception = {
  'pt-BR':
    'A diferença progressiva precisa de C(w + ε·e_j) para cada um dos P pesos e também de C(w), calculado uma vez e reaproveitado: P + 1 passadas para frente (com um milhão de pesos, um milhão e uma). A central precisa de 2P e a retropropagação, de uma passada para frente e uma para trás.',
  en: 'The forward difference needs C(w + ε·e_j) for each of the P weights and also C(w), computed once and reused: P + 1 forward passes (with a million weights, a million and one). The central one needs 2P, and backpropagation one forward pass and one backward pass.',
};
export const targets = ['forwardPassCount'];

export function forwardPassCount(setup: { params: number; method: Method }): PassCount {
  if (setup.method === 'backprop') return { forward: 1, backward: 1 };
  return { forward: setup.method === 'central' ? 2 * setup.params : setup.params, backward: 0 };
}
