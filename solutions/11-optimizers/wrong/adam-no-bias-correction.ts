// Wrong answer: Adam without the bias correction m̂ = m/(1 − β1ᵗ), v̂ = v/(1 − β2ᵗ).
import type { Misconception } from '@bp/grader/suite';
import type { AdamOptions, AdamResult, AdamState } from '../optimizers.js';

export { sgdStep, sgdMomentumStep, momentumTrajectory } from '../optimizers.js';

export const misconception: Misconception = {
  'pt-BR':
    'Faltou a correção de viés. As médias m e v começam em 0, então nos primeiros passos elas ficam pequenas demais: divida por (1 − β1ᵗ) e (1 − β2ᵗ), com t contando os passos a partir de 1, antes de usar. Sem isso, o primeiro passo do exemplo anda 0,1·0,2/√0,004 ≈ 0,316 em vez de ≈ 0,1.',
  en: 'The bias correction is missing. The averages m and v start at 0, so in the first steps they are too small: divide them by (1 − β1ᵗ) and (1 − β2ᵗ), with t counting steps from 1, before using them. Without it the example’s first step moves 0.1·0.2/√0.004 ≈ 0.316 instead of ≈ 0.1.',
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
  const g = params.map((theta, i) => grads[i] + lambda * theta);
  const m = g.map((gi, i) => beta1 * state.m[i] + (1 - beta1) * gi);
  const v = g.map((gi, i) => beta2 * state.v[i] + (1 - beta2) * gi * gi);
  const next = params.map((theta, i) => theta - (lr * m[i]) / (Math.sqrt(v[i]) + eps));
  return { params: next, state: { step: state.step + 1, m, v } };
}
