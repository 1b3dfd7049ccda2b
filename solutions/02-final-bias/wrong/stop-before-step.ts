// Wrong answer: tests the step size before applying the step, so the last small step is never taken.
import type { Misconception } from '@bp/grader/suite';
import {
  gradientStep,
  predict,
  ssr,
  ssrSlopeB3,
  type Fit,
  type FitOptions,
  type HistoryEntry,
  type Step,
} from '../final-bias.js';

export { gradientStep, predict, ssr, ssrSlopeB3 };
export type { Fit, FitOptions, HistoryEntry, Step };

export const misconception: Misconception = {
  'pt-BR':
    'A regra de parada deste exercício é: dê o passo (b3 ← b3 − tamanho do passo) e só então pare se |tamanho do passo| < tolerância. Parar antes de aplicar o último passo deixa b3 um pouco longe do valor esperado e conta um passo a menos.',
  en: 'The stopping rule of this exercise is: take the step (b3 ← b3 − step size) and only then stop if |step size| < tolerance. Stopping before applying the last step leaves b3 slightly off the expected value and counts one step fewer.',
};
export const targets = ['fitB3'];

export function fitB3(dosages: number[], observed: number[], options: FitOptions): Fit {
  let b3 = options.b3;
  const history: HistoryEntry[] = [];
  while (history.length < options.maxSteps) {
    const { slope, stepSize, newB3 } = gradientStep(dosages, observed, b3, options.learningRate);
    if (Math.abs(stepSize) < options.tolerance) break;
    history.push({ b3, ssr: ssr(observed, predict(dosages, b3)), slope, stepSize });
    b3 = newB3;
  }
  return { b3, steps: history.length, history };
}
