// Reference solution of 06-nielsen-backprop: the algorithm of Nielsen's Network class (Neural Networks and Deep
// Learning, ch. 1–2), on plain arrays. weights[l] is (units of layer l + 1 × units of layer l), biases[l] is a
// vector with one entry per unit of layer l + 1, x and y are vectors: one example at a time, as in the book.

export type Vector = number[];
export type Matrix = number[][];

export interface Gradient {
  /** nablaB[l]: ∂C/∂b for biases[l], the same length. */
  nablaB: Vector[];
  /** nablaW[l]: ∂C/∂w for weights[l], the same shape. */
  nablaW: Matrix[];
}
export interface Example {
  x: Vector;
  y: Vector;
}
export interface LabelledExample {
  x: Vector;
  /** The index of the correct output unit. */
  label: number;
}
export interface Params {
  weights: Matrix[];
  biases: Vector[];
}

const sigmoid = (z: number): number => {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
};
const sigmoidPrime = (z: number): number => sigmoid(z) * (1 - sigmoid(z));
/** w·a + b. */
const affine = (w: Matrix, a: Vector, b: Vector): Vector =>
  w.map((row, j) => row.reduce((s, v, k) => s + v * a[k], 0) + b[j]);
/** wᵀ·d. */
const transposeTimes = (w: Matrix, d: Vector): Vector =>
  w[0].map((_, k) => w.reduce((s, row, j) => s + row[k] * d[j], 0));
/** d·aᵀ. */
const outer = (d: Vector, a: Vector): Matrix => d.map((dj) => a.map((ak) => dj * ak));

export function feedforward(weights: Matrix[], biases: Vector[], x: Vector): Vector {
  let a = x;
  for (let l = 0; l < weights.length; l++) a = affine(weights[l], a, biases[l]).map(sigmoid);
  return a;
}

export function backprop(weights: Matrix[], biases: Vector[], x: Vector, y: Vector): Gradient {
  // Forward pass, keeping every z and every activation.
  const activations: Vector[] = [x];
  const zs: Vector[] = [];
  for (let l = 0; l < weights.length; l++) {
    const z = affine(weights[l], activations[l], biases[l]);
    zs.push(z);
    activations.push(z.map(sigmoid));
  }
  // Backward pass: output error, then δ(l) = (w(l+1)ᵀ δ(l+1)) ⊙ σ′(z(l)).
  const L = weights.length;
  const nablaB: Vector[] = new Array<Vector>(L);
  const nablaW: Matrix[] = new Array<Matrix>(L);
  let delta = activations[L].map((a, j) => (a - y[j]) * sigmoidPrime(zs[L - 1][j])); // cost derivative (a − y)
  nablaB[L - 1] = delta;
  nablaW[L - 1] = outer(delta, activations[L - 1]);
  for (let l = L - 2; l >= 0; l--) {
    const sp = zs[l].map(sigmoidPrime);
    delta = transposeTimes(weights[l + 1], delta).map((v, j) => v * sp[j]);
    nablaB[l] = delta;
    nablaW[l] = outer(delta, activations[l]);
  }
  return { nablaB, nablaW };
}

export function updateMiniBatch(weights: Matrix[], biases: Vector[], batch: Example[], eta: number): Params {
  // Sum the gradients of every example (all at the same, old, parameters), then one step with η/m.
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

/** The index of the largest entry (the first one on a tie, like numpy's argmax). */
const argmax = (v: Vector): number => v.reduce((best, x, i) => (x > v[best] ? i : best), 0);

export function evaluate(weights: Matrix[], biases: Vector[], testData: LabelledExample[]): number {
  return testData.filter(({ x, label }) => argmax(feedforward(weights, biases, x)) === label).length;
}
