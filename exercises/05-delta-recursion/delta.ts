/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** A matrix as an array of rows. Examples are in rows: X is (examples × inputs). */
export type Matrix = number[][];

export interface Forward {
  /** activations[0] = X, activations[l] = a(l) for l = 1..L; activations[L] = ŷ. */
  activations: Matrix[];
}

export interface Backprop {
  /** As in forward: activations[l] = a(l), l = 0..L. */
  activations: Matrix[];
  /** deltas[l − 1] = δ(l), l = 1..L, each (examples × units of layer l). */
  deltas: Matrix[];
  /** grads[l − 1] = ∂J/∂θ(l), l = 1..L, each with the shape of θ(l). */
  grads: Matrix[];
}

/**
 * The forward pass. thetas[l − 1] = θ(l) has one row per unit of layer l and one column per unit of layer l − 1.
 * a(0) = X and a(l) = σ(a(l − 1) θ(l)ᵀ).
 */
export function forward(X: Matrix, thetas: Matrix[]): Forward {
  throw new NotImplementedError('forward');
}

/** δ(L) = (a(L) − Y) ⊙ a(L) ⊙ (1 − a(L)), for J = ½ Σ (y − ŷ)². Y has the shape of a(L). */
export function outputDelta(aL: Matrix, Y: Matrix): Matrix {
  throw new NotImplementedError('outputDelta');
}

/** δ(l) = (δ(l + 1) θ(l + 1)) ⊙ a(l) ⊙ (1 − a(l)), where a is a(l). */
export function hiddenDelta(deltaNext: Matrix, thetaNext: Matrix, a: Matrix): Matrix {
  throw new NotImplementedError('hiddenDelta');
}

/** ∂J/∂θ(l) = δ(l)ᵀ a(l − 1) for every layer: deltas[l − 1] = δ(l), activations[l] = a(l). */
export function weightGradients(deltas: Matrix[], activations: Matrix[]): Matrix[] {
  throw new NotImplementedError('weightGradients');
}

/** The whole algorithm: forward pass, δ(L), the recursion down to δ(1), and every weight gradient. */
export function backprop(X: Matrix, Y: Matrix, thetas: Matrix[]): Backprop {
  throw new NotImplementedError('backprop');
}

/** θ(l) ← θ(l) − η ∂J/∂θ(l) for every layer; returns the new thetas. */
export function step(thetas: Matrix[], grads: Matrix[], learningRate: number): Matrix[] {
  throw new NotImplementedError('step');
}
