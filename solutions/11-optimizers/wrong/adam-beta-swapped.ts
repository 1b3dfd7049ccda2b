// Wrong answer: weighs the new gradient by β and the old average by 1 − β.
import type { Misconception } from '@bp/grader/suite';
import type { AdamOptions, AdamResult, AdamState } from '../optimizers.js';

export { sgdStep, sgdMomentumStep, momentumTrajectory } from '../optimizers.js';

export const misconception: Misconception = {
  'pt-BR':
    'Os pesos da média móvel estão trocados. β é quanto da média antiga se mantém: m ← β1·m + (1 − β1)·g e v ← β2·v + (1 − β2)·g². Com β1 = 0,9, o gradiente novo entra só com peso 0,1; no primeiro passo do exemplo, m = [0,2; −0,4], não [1,8; −3,6].',
  en: 'The weights of the moving average are swapped. β is how much of the old average is kept: m ← β1·m + (1 − β1)·g and v ← β2·v + (1 − β2)·g². With β1 = 0.9 the new gradient enters with weight 0.1 only; on the example’s first step m = [0.2, −0.4], not [1.8, −3.6].',
};
export const targets = ['adamStep'];

export function adamStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): AdamResult {
  const {
    lr,
    betas: [beta1, beta2],
    eps,
    weightDecay: lambda,
  } = options;
  const t = state.step + 1;
  const g = params.map((theta, i) => grads[i] + lambda * theta);
  const m = g.map((gi, i) => (1 - beta1) * state.m[i] + beta1 * gi);
  const v = g.map((gi, i) => (1 - beta2) * state.v[i] + beta2 * gi * gi);
  const next = params.map((theta, i) => {
    const mHat = m[i] / (1 - beta1 ** t);
    const vHat = v[i] / (1 - beta2 ** t);
    return theta - (lr * mHat) / (Math.sqrt(vHat) + eps);
  });
  return { params: next, state: { step: t, m, v } };
}
