/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** Examples of the scalar chain: inputs x[i] with targets y[i] (same length, at least one). */
export interface ChainData {
  x: number[];
  y: number[];
}

/** Tolerances of gradientCheck, with PyTorch's meaning: |a − n| ≤ atol + rtol·|n|. */
export interface Tolerance {
  atol: number;
  rtol: number;
}

export interface CheckResult {
  /** true when every component passes. */
  ok: boolean;
  /** The component with the largest |a − n| − (atol + rtol·|n|) (the first one on ties); −1 for empty vectors. */
  worstIndex: number;
  /** |a − n| at worstIndex; 0 for empty vectors. */
  worstError: number;
}

export type Method = 'forward' | 'central' | 'backprop';

export interface PassCount {
  forward: number;
  backward: number;
}

/** The floor of the denominator of relativeError. */
export const TINY = 1e-12;

/**
 * J(w) = ½ Σ_i (y_i − a_P)² for the chain a_0 = x_i, a_l = σ(w_l · a_(l−1)), l = 1…P, where P = weights.length
 * (weights[0] is w_1, the weight of the first unit).
 */
export function chainCost(weights: number[], data: ChainData): number {
  throw new NotImplementedError('chainCost');
}

/** ∂J/∂w_l for every l, by backpropagation (one forward and one backward pass per example). */
export function backpropGradient(weights: number[], data: ChainData): number[] {
  throw new NotImplementedError('backpropGradient');
}

/** (J(w + ε·e_j) − J(w)) / ε for every j. */
export function forwardDifferenceGradient(weights: number[], data: ChainData, eps: number): number[] {
  throw new NotImplementedError('forwardDifferenceGradient');
}

/** (J(w + ε·e_j) − J(w − ε·e_j)) / (2ε) for every j. */
export function centralDifferenceGradient(weights: number[], data: ChainData, eps: number): number[] {
  throw new NotImplementedError('centralDifferenceGradient');
}

/** |a − n| / max(|a|, |n|, TINY). */
export function relativeError(analytic: number, numeric: number): number {
  throw new NotImplementedError('relativeError');
}

/** Compares two gradients component by component: component i passes when |a_i − n_i| ≤ atol + rtol·|n_i|. */
export function gradientCheck(analytic: number[], numeric: number[], tolerance: Tolerance): CheckResult {
  throw new NotImplementedError('gradientCheck');
}

/** How many forward and backward passes one full gradient of P = params parameters costs with each method. */
export function forwardPassCount(setup: { params: number; method: Method }): PassCount {
  throw new NotImplementedError('forwardPassCount');
}
