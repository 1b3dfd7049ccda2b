// Wrong answer: dSSR/db3 without the −1 of the inner derivative, so the descent climbs.
import type { Misconception } from '@bp/grader/suite';
import { predict, ssr, type Fit, type FitOptions, type HistoryEntry, type Step } from '../final-bias.js';

export { predict, ssr };
export type { Fit, FitOptions, HistoryEntry, Step };

export const misconception: Misconception = {
  'pt-BR':
    'O sinal da inclinação está trocado. Pela regra da cadeia, d/db3 (observado − previsto)² = 2(observado − previsto) · (−1), porque previsto cresce com b3; logo dSSR/db3 = Σ −2(observado − previsto). Com b3 = 0 as previsões ficam abaixo dos dados, a inclinação tem de ser negativa (−15,655108) e o passo aumenta b3.',
  en: 'The sign of the slope is flipped. By the chain rule, d/db3 (observed − predicted)² = 2(observed − predicted) · (−1), because predicted grows with b3; so dSSR/db3 = Σ −2(observed − predicted). At b3 = 0 the predictions are below the data, the slope must be negative (−15.655108) and the step increases b3.',
};
export const targets = ['ssrSlopeB3', 'gradientStep', 'fitB3'];

export function ssrSlopeB3(observed: number[], predicted: number[]): number {
  return observed.reduce((sum, o, i) => sum + 2 * (o - predicted[i]), 0);
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
