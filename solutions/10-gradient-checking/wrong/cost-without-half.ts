// Wrong answer: the cost is Σ (y − ŷ)², without the ½, so every finite difference doubles.
import type { Misconception } from '@bp/grader/suite';
import type { ChainData } from '../gradient-check.js';

export { backpropGradient, forwardPassCount, gradientCheck, relativeError, TINY } from '../gradient-check.js';
export type { ChainData, CheckResult, Method, PassCount, Tolerance } from '../gradient-check.js';

export const misconception: Misconception = {
  'pt-BR':
    'O custo deste exercício é J = ½ Σ (y − ŷ)², com o ½. Sem ele, J dobra (0,2051610 em vez de 0,1025805 no exemplo), e as diferenças finitas também dobram: deixam de bater com o gradiente analítico, que foi deduzido para J com ½ (∂J/∂ŷ = ŷ − y).',
  en: 'The cost of this exercise is J = ½ Σ (y − ŷ)², with the ½. Without it J doubles (0.2051610 instead of 0.1025805 in the example) and so do the finite differences: they no longer match the analytic gradient, which was derived for J with the ½ (∂J/∂ŷ = ŷ − y).',
};
export const targets = ['chainCost', 'forwardDifferenceGradient', 'centralDifferenceGradient'];

export function chainCost(weights: number[], data: ChainData): number {
  return data.x.reduce((cost, x, i) => {
    const yHat = weights.reduce((a, w) => 1 / (1 + Math.exp(-w * a)), x);
    return cost + (data.y[i] - yHat) ** 2;
  }, 0);
}

const nudged = (weights: number[], j: number, by: number): number[] =>
  weights.map((w, k) => (k === j ? w + by : w));

export function forwardDifferenceGradient(weights: number[], data: ChainData, eps: number): number[] {
  const base = chainCost(weights, data);
  return weights.map((_, j) => (chainCost(nudged(weights, j, eps), data) - base) / eps);
}

export function centralDifferenceGradient(weights: number[], data: ChainData, eps: number): number[] {
  return weights.map(
    (_, j) =>
      (chainCost(nudged(weights, j, eps), data) - chainCost(nudged(weights, j, -eps), data)) / (2 * eps),
  );
}
