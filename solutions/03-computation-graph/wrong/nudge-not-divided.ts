// Wrong answer: reports the change in J as the estimate, without dividing by the nudge h.
import type { Misconception } from '@bp/grader/suite';
import { forwardNodes, type NudgeCheck, type ParamName, type Params } from '../graph.js';

export { forwardNodes, backwardNodes, costOfDerivatives } from '../graph.js';

export const misconception: Misconception = {
  'pt-BR':
    'A derivada estimada é a variação do custo dividida pelo tamanho do empurrão: (J depois − J antes)/h. No exemplo, J sobe 0,0060045 quando w1 aumenta 0,001, e a estimativa é 0,0060045/0,001 ≈ 6,0045, perto de dJ/dw1 = 6; sem dividir por h sobra só 0,006.',
  en: 'The estimated derivative is the change in the cost divided by the size of the nudge: (J after − J before)/h. In the example J rises by 0.0060045 when w1 grows by 0.001, so the estimate is 0.0060045/0.001 ≈ 6.0045, close to dJ/dw1 = 6; without dividing by h only 0.006 is left.',
};
export const targets = ['nudgeCheck'];

export function nudgeCheck(p: Params, name: ParamName, h: number): NudgeCheck {
  const before = forwardNodes(p).J;
  const after = forwardNodes({ ...p, [name]: p[name] + h }).J;
  return { before, after, estimate: after - before };
}
