// Shared by the wrong answers of 05-delta-recursion: the matrix helpers and the backprop loop built from
// whichever (possibly wrong) pieces a wrong answer supplies.
import { forward, type Backprop, type Matrix } from './delta.js';

export const matmul = (a: Matrix, b: Matrix): Matrix =>
  a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
export const transpose = (a: Matrix): Matrix => a[0].map((_, j) => a.map((row) => row[j]));
export const hadamard = (a: Matrix, b: Matrix): Matrix => a.map((row, i) => row.map((v, j) => v * b[i][j]));
export const minus = (a: Matrix, b: Matrix): Matrix => a.map((row, i) => row.map((v, j) => v - b[i][j]));
export const sigmoid = (z: number): number =>
  z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));

export interface Pieces {
  outputDelta(aL: Matrix, Y: Matrix): Matrix;
  hiddenDelta(deltaNext: Matrix, thetaNext: Matrix, a: Matrix): Matrix;
  weightGradients(deltas: Matrix[], activations: Matrix[]): Matrix[];
}

export function backpropWith(p: Pieces, X: Matrix, Y: Matrix, thetas: Matrix[]): Backprop {
  const { activations } = forward(X, thetas);
  const L = thetas.length;
  const deltas: Matrix[] = new Array<Matrix>(L);
  deltas[L - 1] = p.outputDelta(activations[L], Y);
  for (let l = L - 1; l >= 1; l--) deltas[l - 1] = p.hiddenDelta(deltas[l], thetas[l], activations[l]);
  return { activations, deltas, grads: p.weightGradients(deltas, activations) };
}
