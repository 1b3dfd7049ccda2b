// Wrong answer: multiplies the error by z where the factor σ′(z) belongs.
import type { Misconception } from '@bp/grader/suite';
import {
  feedforward,
  evaluate,
  type Example,
  type Gradient,
  type Matrix,
  type Params,
  type Vector,
} from '../network.js';

export { feedforward, evaluate };

export const misconception: Misconception = {
  'pt-BR':
    'O erro de uma camada é δ = (∂C/∂a) ⊙ σ′(z): a derivada da ativação entra pelo fator σ′(z) = σ(z)(1 − σ(z)), não por z. Na saída, δ = (a − y) ⊙ σ′(z); nas camadas anteriores, δ = (wᵀ δ) ⊙ σ′(z). Multiplicar por z muda a escala e até o sinal do erro (z pode ser negativo, σ′(z) nunca é).',
  en: 'The error of a layer is δ = (∂C/∂a) ⊙ σ′(z): the activation’s derivative comes in through the factor σ′(z) = σ(z)(1 − σ(z)), not through z. At the output δ = (a − y) ⊙ σ′(z); in the layers before, δ = (wᵀ δ) ⊙ σ′(z). Multiplying by z changes the scale and even the sign of the error (z can be negative, σ′(z) never is).',
};
export const targets = ['backprop', 'updateMiniBatch'];

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const affine = (w: Matrix, a: Vector, b: Vector): Vector =>
  w.map((row, j) => row.reduce((s, v, k) => s + v * a[k], 0) + b[j]);
const transposeTimes = (w: Matrix, d: Vector): Vector =>
  w[0].map((_, k) => w.reduce((s, row, j) => s + row[k] * d[j], 0));
const outer = (d: Vector, a: Vector): Matrix => d.map((dj) => a.map((ak) => dj * ak));

export function backprop(weights: Matrix[], biases: Vector[], x: Vector, y: Vector): Gradient {
  const activations: Vector[] = [x];
  const zs: Vector[] = [];
  for (let l = 0; l < weights.length; l++) {
    const z = affine(weights[l], activations[l], biases[l]);
    zs.push(z);
    activations.push(z.map(sigmoid));
  }
  const L = weights.length;
  const nablaB: Vector[] = new Array<Vector>(L);
  const nablaW: Matrix[] = new Array<Matrix>(L);
  let delta = activations[L].map((a, j) => (a - y[j]) * zs[L - 1][j]);
  nablaB[L - 1] = delta;
  nablaW[L - 1] = outer(delta, activations[L - 1]);
  for (let l = L - 2; l >= 0; l--) {
    delta = transposeTimes(weights[l + 1], delta).map((v, j) => v * zs[l][j]);
    nablaB[l] = delta;
    nablaW[l] = outer(delta, activations[l]);
  }
  return { nablaB, nablaW };
}

export function updateMiniBatch(weights: Matrix[], biases: Vector[], batch: Example[], eta: number): Params {
  const sumB = biases.map((b) => b.map(() => 0));
  const sumW = weights.map((w) => w.map((row) => row.map(() => 0)));
  for (const { x, y } of batch) {
    const { nablaB, nablaW } = backprop(weights, biases, x, y);
    nablaB.forEach((nb, l) => nb.forEach((v, j) => (sumB[l][j] += v)));
    nablaW.forEach((nw, l) => nw.forEach((row, j) => row.forEach((v, k) => (sumW[l][j][k] += v))));
  }
  const rate = eta / batch.length;
  return {
    weights: weights.map((w, l) => w.map((row, j) => row.map((v, k) => v - rate * sumW[l][j][k]))),
    biases: biases.map((b, l) => b.map((v, j) => v - rate * sumB[l][j])),
  };
}
