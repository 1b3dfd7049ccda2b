// Wrong answer: hidden units with ReLU instead of softplus.
import type { Misconception } from '@bp/grader/suite';
import { ssr, ssrSlopeB3, type Fit, type FitOptions, type HistoryEntry, type Step } from '../final-bias.js';

export { ssr, ssrSlopeB3 };
export type { Fit, FitOptions, HistoryEntry, Step };

export const misconception: Misconception = {
  'pt-BR':
    'As unidades ocultas desta rede usam softplus, f(z) = ln(1 + e^z), e não ReLU, max(0, z). As duas se parecem para z grande, mas diferem perto de 0: em x = 0 a primeira unidade recebe z = −1,43, e softplus(−1,43) ≈ 0,213, enquanto a ReLU daria 0.',
  en: 'The hidden units of this network use softplus, f(z) = ln(1 + e^z), not ReLU, max(0, z). They look alike for large z but differ near 0: at x = 0 the first unit gets z = −1.43, and softplus(−1.43) ≈ 0.213, while the ReLU would give 0.',
};
export const targets = ['predict', 'gradientStep', 'fitB3'];

const relu = (z: number): number => Math.max(0, z);

export function predict(dosages: number[], b3: number): number[] {
  return dosages.map((x) => -1.22 * relu(3.34 * x - 1.43) - 2.3 * relu(-3.53 * x + 0.57) + b3);
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
