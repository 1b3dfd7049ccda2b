// Wrong answer: puts ε inside the square root, √(v̂ + ε), instead of adding it to √v̂.
import type { Misconception } from '@bp/grader/suite';
import type { AdamOptions, AdamResult, AdamState } from '../optimizers.js';

export { sgdStep, sgdMomentumStep, momentumTrajectory } from '../optimizers.js';

export const misconception: Misconception = {
  'pt-BR':
    'No Adam do PyTorch o ε é somado depois da raiz: θ ← θ − γ·m̂ / (√v̂ + ε). Escrever √(v̂ + ε) dá quase o mesmo quando v̂ é grande, mas muda o passo quando os gradientes são pequenos ou ε é grande: com ε = 0,1 no exemplo, o denominador é 2,1, não √4,1 ≈ 2,025.',
  en: 'In PyTorch’s Adam ε is added after the square root: θ ← θ − γ·m̂ / (√v̂ + ε). Writing √(v̂ + ε) gives almost the same when v̂ is large, but changes the step when the gradients are small or ε is large: with ε = 0.1 in the example the denominator is 2.1, not √4.1 ≈ 2.025.',
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
  const m = g.map((gi, i) => beta1 * state.m[i] + (1 - beta1) * gi);
  const v = g.map((gi, i) => beta2 * state.v[i] + (1 - beta2) * gi * gi);
  const next = params.map((theta, i) => {
    const mHat = m[i] / (1 - beta1 ** t);
    const vHat = v[i] / (1 - beta2 ** t);
    return theta - (lr * mHat) / Math.sqrt(vHat + eps);
  });
  return { params: next, state: { step: t, m, v } };
}
