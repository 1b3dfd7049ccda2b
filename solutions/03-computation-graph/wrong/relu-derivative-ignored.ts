// Wrong answer: the backward pass goes straight through each ReLU, as if g′(z) were always 1.
import type { Misconception } from '@bp/grader/suite';
import { forwardNodes, type Derivatives, type Params } from '../graph.js';

export { forwardNodes, nudgeCheck, costOfDerivatives } from '../graph.js';

export const misconception: Misconception = {
  'pt-BR':
    'Ao atravessar o nó a = g(z) de trás para a frente, a derivada é multiplicada pela derivada local g′(z). No exemplo resolvido as duas ReLUs estão ligadas e g′ = 1, por isso dá para esquecer esse fator sem perceber; mas quando z ≤ 0 a ReLU está desligada, g′(z) = 0 e nada passa para trás: dJ/dz e todas as derivadas antes dela ficam 0.',
  en: 'Going backwards through the node a = g(z), the derivative is multiplied by the local derivative g′(z). In the worked example both ReLUs are on and g′ = 1, so the factor is easy to forget; but when z ≤ 0 the ReLU is off, g′(z) = 0 and nothing flows back: dJ/dz and every derivative before it are 0.',
};
export const targets = ['backwardNodes'];

export function backwardNodes(p: Params): Derivatives {
  const n = forwardNodes(p);
  const dJ_da2 = n.a2 - p.y;
  const dJ_dz2 = dJ_da2;
  const dJ_db2 = dJ_dz2;
  const dJ_dt2 = dJ_dz2;
  const dJ_dw2 = dJ_dt2 * n.a1;
  const dJ_da1 = dJ_dt2 * p.w2;
  const dJ_dz1 = dJ_da1;
  const dJ_db1 = dJ_dz1;
  const dJ_dt1 = dJ_dz1;
  const dJ_dw1 = dJ_dt1 * p.x;
  return { dJ_da2, dJ_dz2, dJ_db2, dJ_dt2, dJ_dw2, dJ_da1, dJ_dz1, dJ_db1, dJ_dt1, dJ_dw1 };
}
