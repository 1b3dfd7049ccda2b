// Wrong answer: through a product t = w·a, multiplies by w to get dJ/dw and by a to get dJ/da.
import type { Misconception } from '@bp/grader/suite';
import { forwardNodes, type Derivatives, type Params } from '../graph.js';

export { forwardNodes, nudgeCheck, costOfDerivatives } from '../graph.js';

export const misconception: Misconception = {
  'pt-BR':
    'Num nó de produto t = w·a, a derivada em relação a um fator é o outro fator: ∂t/∂w = a e ∂t/∂a = w. Os fatores foram trocados: no exemplo, dJ/dw2 = dJ/dt2 · a1 = 2 × 2 = 4 (e não 2 × 3 = 6) e dJ/da1 = dJ/dt2 · w2 = 2 × 3 = 6 (e não 4).',
  en: 'In a product node t = w·a, the derivative with respect to one factor is the other factor: ∂t/∂w = a and ∂t/∂a = w. The factors were swapped: in the example dJ/dw2 = dJ/dt2 · a1 = 2 × 2 = 4 (not 2 × 3 = 6) and dJ/da1 = dJ/dt2 · w2 = 2 × 3 = 6 (not 4).',
};
export const targets = ['backwardNodes'];

const reluPrime = (z: number): number => (z > 0 ? 1 : 0);

export function backwardNodes(p: Params): Derivatives {
  const n = forwardNodes(p);
  const dJ_da2 = n.a2 - p.y;
  const dJ_dz2 = dJ_da2 * reluPrime(n.z2);
  const dJ_db2 = dJ_dz2;
  const dJ_dt2 = dJ_dz2;
  const dJ_dw2 = dJ_dt2 * p.w2;
  const dJ_da1 = dJ_dt2 * n.a1;
  const dJ_dz1 = dJ_da1 * reluPrime(n.z1);
  const dJ_db1 = dJ_dz1;
  const dJ_dt1 = dJ_dz1;
  const dJ_dw1 = dJ_dt1 * p.w1;
  return { dJ_da2, dJ_dz2, dJ_db2, dJ_dt2, dJ_dw2, dJ_da1, dJ_dz1, dJ_db1, dJ_dt1, dJ_dw1 };
}
