/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** An affine map x ↦ W x + b. W has one row per output unit and one column per input. */
export interface Affine {
  W: number[][];
  b: number[];
}

/** The quantities of mlpForwardLinear, in the order they are computed. */
export interface LinearForward {
  /** W1 x + b1 (one per hidden unit). */
  z1: number[];
  /** φ(z1) = c·z1. */
  a1: number[];
  /** W2 a1 + b2 (one per output unit). */
  output: number[];
}

/** Two mathjs expressions for the scalar network of `depth` layers (symbols c, w1…wL, b1…bL; no x). */
export interface CollapsedFormula {
  /** The coefficient of x. */
  slope: string;
  /** The constant term. */
  intercept: string;
}

/** The forward pass of one example x (a vector) through W2·φ(W1 x + b1) + b2 with φ(z) = c·z. */
export function mlpForwardLinear(
  x: number[],
  W1: number[][],
  b1: number[],
  W2: number[][],
  b2: number[],
  c: number,
): LinearForward {
  throw new NotImplementedError('mlpForwardLinear');
}

/** The single affine map { W, b } equal to x ↦ W2·φ(W1 x + b1) + b2 with φ(z) = c·z. */
export function collapseToAffine(
  W1: number[][],
  b1: number[],
  W2: number[][],
  b2: number[],
  c: number,
): Affine {
  throw new NotImplementedError('collapseToAffine');
}

/**
 * The single affine map equal to the network layers[0], φ, layers[1], φ, …, layers[L − 1] (φ after every layer but
 * the last; layers has at least one element).
 */
export function collapseLayers(layers: Affine[], c: number): Affine {
  throw new NotImplementedError('collapseLayers');
}

/**
 * For the scalar network y = wL·φ(… w2·φ(w1·x + b1) + b2 …) + bL with `depth` = L layers, the collapsed form
 * y = slope·x + intercept, as two strings that mathjs can parse (e.g. "c * w2 * w1").
 */
export function collapsedExpression(depth: number): CollapsedFormula {
  throw new NotImplementedError('collapsedExpression');
}
