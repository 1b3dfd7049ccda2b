// Wrong answer: averages the squared residuals (MSE) where the course sums them (SSR).
import type { Misconception } from '@bp/grader/suite';
import { predict, type Fit, type FitOptions, type HistoryEntry, type Step } from '../final-bias.js';

export { predict };
export type { Fit, FitOptions, HistoryEntry, Step };

export const misconception: Misconception = {
  'pt-BR':
    'Aqui a perda é a soma dos quadrados dos resíduos, SSR = Σ (observado − previsto)², sem dividir pelo número de pontos. A média (MSE) tem o mesmo mínimo, mas valores e inclinações n vezes menores: no exemplo, SSR = 20,423598 e a inclinação é −15,655108, não 6,807866 e −5,218369.',
  en: 'Here the loss is the sum of squared residuals, SSR = Σ (observed − predicted)², with no division by the number of points. The mean (MSE) has the same minimum but values and slopes n times smaller: in the example SSR = 20.423598 and the slope is −15.655108, not 6.807866 and −5.218369.',
};
export const targets = ['ssr', 'ssrSlopeB3', 'gradientStep', 'fitB3'];

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export function ssr(observed: number[], predicted: number[]): number {
  return mean(observed.map((o, i) => (o - predicted[i]) ** 2));
}

export function ssrSlopeB3(observed: number[], predicted: number[]): number {
  return mean(observed.map((o, i) => -2 * (o - predicted[i])));
}

export function gradientStep(dosages: number[], observed: number[], b3: number, learningRate: number): Step {
  const slope = ssrSlopeB3(observed, predict(dosages, b3));
  return { slope, stepSize: slope * learningRate, newB3: b3 - slope * learningRate };
}

export function fitB3(dosages: number[], observed: number[], options: FitOptions): Fit {
  let b3 = options.b3;
  const history: HistoryEntry[] = [];
  while (history.length < options.maxSteps) {
    const { slope, stepSize, newB3 } = gradientStep(dosages, observed, b3, options.learningRate);
    history.push({ b3, ssr: ssr(observed, predict(dosages, b3)), slope, stepSize });
    b3 = newB3;
    if (Math.abs(stepSize) < options.tolerance) break;
  }
  return { b3, steps: history.length, history };
}
