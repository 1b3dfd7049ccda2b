// Wrong answer: the output error without σ′(z), δ(L) = a − y (the cross-entropy cost's formula), hidden layers right.
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
    'Com o custo quadrático C = ½‖y − a‖², o erro da última camada é δ(L) = (a − y) ⊙ σ′(z(L)): a derivada do custo em relação a a, vezes a derivada da sigmoide. A fórmula δ(L) = a − y, sem σ′, é a do custo de entropia cruzada (capítulo 3 de Nielsen), em que σ′ se cancela; aqui ela não vale, e o erro errado se propaga para todas as camadas.',
  en: 'With the quadratic cost C = ½‖y − a‖², the error of the last layer is δ(L) = (a − y) ⊙ σ′(z(L)): the cost’s derivative with respect to a, times the sigmoid’s derivative. The formula δ(L) = a − y, without σ′, belongs to the cross-entropy cost (Nielsen’s chapter 3), where σ′ cancels out; it does not hold here, and the wrong error propagates to every layer.',
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
  let delta = activations[L].map((a, j) => a - y[j]);
  nablaB[L - 1] = delta;
  nablaW[L - 1] = outer(delta, activations[L - 1]);
  for (let l = L - 2; l >= 0; l--) {
    const sp = zs[l].map((z) => sigmoid(z) * (1 - sigmoid(z)));
    delta = transposeTimes(weights[l + 1], delta).map((v, j) => v * sp[j]);
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
