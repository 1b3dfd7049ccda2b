/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** Everything forwardXor computes, in the order it computes it. */
export interface XorForward {
  /** X with a column of ones appended (n × (d + 1)). */
  withBias: number[][];
  /** σ(withBias · W1ᵀ): one row per example, one column per hidden node. */
  hidden: number[][];
  /** σ(hidden · w2ᵀ): one value per example. */
  output: number[];
  /** 1 where output ≥ 0.5, else 0. */
  classes: number[];
}

/** A copy of X (examples in rows) with a 1 appended at the end of each row. Do not modify X. */
export function appendBiasColumn(X: number[][]): number[][] {
  throw new NotImplementedError('appendBiasColumn');
}

/**
 * The hidden activations σ(Xb Wᵀ). Xb: n × k (already with the ones column); W: one row per hidden node, with its
 * k weights in the same order as the columns of Xb. Returns n × (number of hidden nodes).
 */
export function hiddenLayer(Xb: number[][], W: number[][]): number[][] {
  throw new NotImplementedError('hiddenLayer');
}

/** The outputs σ(H wᵀ), one per row of H; w has one weight per hidden node and there is no output bias. */
export function outputLayer(H: number[][], w: number[]): number[] {
  throw new NotImplementedError('outputLayer');
}

/** The step function: 1 where output ≥ threshold, 0 elsewhere. */
export function predictClass(outputs: number[], threshold = 0.5): number[] {
  throw new NotImplementedError('predictClass');
}

/** The whole forward pass of the 3-3-1 network: appendBiasColumn, hiddenLayer, outputLayer, predictClass. */
export function forwardXor(X: number[][], W1: number[][], w2: number[]): XorForward {
  throw new NotImplementedError('forwardXor');
}

/** The fraction of positions where pred equals y, between 0 and 1 (y has at least one element). */
export function accuracy(pred: number[], y: number[]): number {
  throw new NotImplementedError('accuracy');
}
