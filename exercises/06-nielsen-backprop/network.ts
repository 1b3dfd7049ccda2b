/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** A column vector written as a plain array. */
export type Vector = number[];
/** A matrix as an array of rows. */
export type Matrix = number[][];

/**
 * The gradient of the cost of one example, layer by layer: the same shapes as biases and weights.
 * nablaB[l] = ∂C/∂b for biases[l] and nablaW[l] = ∂C/∂w for weights[l].
 */
export interface Gradient {
  nablaB: Vector[];
  nablaW: Matrix[];
}

/** A training example: input x and desired output y (e.g. one-hot). */
export interface Example {
  x: Vector;
  y: Vector;
}

/** A test example: input x and the index of the correct output unit. */
export interface LabelledExample {
  x: Vector;
  label: number;
}

export interface Params {
  weights: Matrix[];
  biases: Vector[];
}

/**
 * The network's output for input x. weights[l] is (units of layer l + 1 × units of layer l) and biases[l] has one
 * entry per unit of layer l + 1; a ← σ(w·a + b) for each layer in turn.
 */
export function feedforward(weights: Matrix[], biases: Vector[], x: Vector): Vector {
  throw new NotImplementedError('feedforward');
}

/** The gradient of C = ½‖y − a‖² for one example (x, y), by backpropagation. */
export function backprop(weights: Matrix[], biases: Vector[], x: Vector, y: Vector): Gradient {
  throw new NotImplementedError('backprop');
}

/** One gradient-descent step on a mini-batch of m examples: w ← w − (η/m) Σ ∇w, b ← b − (η/m) Σ ∇b. */
export function updateMiniBatch(weights: Matrix[], biases: Vector[], batch: Example[], eta: number): Params {
  throw new NotImplementedError('updateMiniBatch');
}

/** How many test examples the network gets right: the index of its largest output equals the label. */
export function evaluate(weights: Matrix[], biases: Vector[], testData: LabelledExample[]): number {
  throw new NotImplementedError('evaluate');
}
