/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** A perceptron: weights (one per input) and bias. */
export interface Perceptron {
  w: number[];
  b: number;
}

export interface TrainOptions {
  /** Learning rate η. */
  lr: number;
  /** Never run more epochs than this. */
  maxEpochs: number;
  /** Initial weights (do not modify the array). */
  w0: number[];
  /** Initial bias. */
  b0: number;
}

export interface Training {
  /** Final weights and bias. */
  w: number[];
  b: number;
  /** How many epochs were run (= errorsPerEpoch.length). */
  epochs: number;
  /** true when the last epoch run had no mistakes. */
  converged: boolean;
  /** The number of mistakes (= updates) in each epoch, in order. */
  errorsPerEpoch: number[];
}

export interface XorRun {
  converged: boolean;
  errorsPerEpoch: number[];
  /** The smallest entry of errorsPerEpoch. */
  minErrors: number;
}

/** XOR with ±1 inputs and labels, in the order the training visits them. */
export const XOR_X = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
];
export const XOR_Y = [-1, 1, 1, -1];

/** sign(z): +1 when z ≥ 0 (the convention at 0 is +1), −1 when z < 0. */
export function signActivation(z: number): number {
  throw new NotImplementedError('signActivation');
}

/** ŷ = sign(w·x + b). */
export function perceptronPredict(w: number[], b: number, x: number[]): number {
  throw new NotImplementedError('perceptronPredict');
}

/**
 * One step of the perceptron rule on the example (x, y): when ŷ ≠ y, w ← w + η·y·x and b ← b + η·y;
 * when ŷ = y, the same values. Returns new values and does not modify w.
 */
export function perceptronUpdate(w: number[], b: number, x: number[], y: number, lr: number): Perceptron {
  throw new NotImplementedError('perceptronUpdate');
}

/** Epochs over the examples in order 0, 1, …, n − 1 until an epoch has no mistakes or maxEpochs epochs were run. */
export function trainPerceptron(X: number[][], y: number[], options: TrainOptions): Training {
  throw new NotImplementedError('trainPerceptron');
}

/** trainPerceptron on XOR_X, XOR_Y with η = 1, the given maxEpochs (≥ 1) and the starting weights w0 and bias b0. */
export function xorNeverConverges(maxEpochs: number, w0: number[] = [0, 0], b0 = 0): XorRun {
  throw new NotImplementedError('xorNeverConverges');
}
