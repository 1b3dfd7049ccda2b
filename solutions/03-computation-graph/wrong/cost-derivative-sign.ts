// Wrong answer: dJ/da2 = y − a2, so every derivative of the backward pass has the wrong sign.
import type { Misconception } from '@bp/grader/suite';
import { backwardNodes as reference, type Derivatives, type Params } from '../graph.js';

export { forwardNodes, nudgeCheck, costOfDerivatives } from '../graph.js';

export const misconception: Misconception = {
  'pt-BR':
    'A derivada de J = ½(a2 − y)² em relação a a2 é a2 − y, e não y − a2. No exemplo, a2 = 7 está acima de y = 5: aumentar a2 aumenta o custo, então dJ/da2 = +2. Com o sinal trocado, todas as derivadas seguintes saem com o sinal errado e a descida do gradiente andaria para o lado que piora o custo.',
  en: 'The derivative of J = ½(a2 − y)² with respect to a2 is a2 − y, not y − a2. In the example a2 = 7 is above y = 5: increasing a2 increases the cost, so dJ/da2 = +2. With the sign flipped, every later derivative has the wrong sign and gradient descent would move the way that makes the cost worse.',
};
export const targets = ['backwardNodes'];

export function backwardNodes(p: Params): Derivatives {
  const d = reference(p);
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, -v])) as unknown as Derivatives;
}
