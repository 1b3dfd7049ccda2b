// Wrong answer: divides by |analytic| only, instead of the larger of the two magnitudes.
import type { Misconception } from '@bp/grader/suite';
import { TINY } from '../gradient-check.js';

export {
  backpropGradient,
  centralDifferenceGradient,
  chainCost,
  forwardDifferenceGradient,
  forwardPassCount,
  gradientCheck,
  TINY,
} from '../gradient-check.js';
export type { ChainData, CheckResult, Method, PassCount, Tolerance } from '../gradient-check.js';

export const misconception: Misconception = {
  'pt-BR':
    'O denominador do erro relativo é max(|analítico|, |numérico|, piso), não só |analítico|. Assim o erro fica simétrico (trocar os dois não muda nada) e nunca passa de 2; dividindo só pelo analítico, um gradiente analítico pequeno demais (bug comum) produz um erro relativo enorme ou infinito. Com 0,001 e 0,003, o erro é 0,002 / 0,003 ≈ 0,667, e não 2.',
  en: 'The denominator of the relative error is max(|analytic|, |numeric|, floor), not |analytic| alone. That keeps the error symmetric (swapping the two changes nothing) and never above 2; dividing by the analytic value only, an analytic gradient that is too small (a common bug) gives a huge or infinite relative error. With 0.001 and 0.003 the error is 0.002 / 0.003 ≈ 0.667, not 2.',
};
export const targets = ['relativeError'];

export function relativeError(analytic: number, numeric: number): number {
  return Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), TINY);
}
