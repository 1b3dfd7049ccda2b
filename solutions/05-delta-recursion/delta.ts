// Reference solution of 05-delta-recursion (E4, vectorised, any depth).
// Conventions: examples in rows; thetas[l − 1] = θ(l) has one row per unit of layer l and one column per unit of
// layer l − 1 (θ(l)_jk feeds unit j from unit k); sigmoid everywhere; no bias; J = ½ Σ (y − ŷ)².

export type Matrix = number[][];

export interface Forward {
  /** activations[0] = X, activations[l] = a(l) = σ(a(l − 1) θ(l)ᵀ), up to a(L) = ŷ. */
  activations: Matrix[];
}
export interface Backprop {
  activations: Matrix[];
  /** deltas[l − 1] = δ(l), l = 1..L. */
  deltas: Matrix[];
  /** grads[l − 1] = ∂J/∂θ(l), the shape of θ(l). */
  grads: Matrix[];
}

const sigmoid = (z: number): number => {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
};

/** A B. */
const matmul = (a: Matrix, b: Matrix): Matrix =>
  a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
const transpose = (a: Matrix): Matrix => a[0].map((_, j) => a.map((row) => row[j]));
/** a′ = a ⊙ (1 − a), the sigmoid's derivative written with its output. */
const sigmoidPrimeFromA = (a: Matrix): Matrix => a.map((row) => row.map((v) => v * (1 - v)));
const hadamard = (a: Matrix, b: Matrix): Matrix => a.map((row, i) => row.map((v, j) => v * b[i][j]));

export function forward(X: Matrix, thetas: Matrix[]): Forward {
  const activations: Matrix[] = [X.map((row) => [...row])];
  for (const theta of thetas) {
    const z = matmul(activations[activations.length - 1], transpose(theta));
    activations.push(z.map((row) => row.map(sigmoid)));
  }
  return { activations };
}

export function outputDelta(aL: Matrix, Y: Matrix): Matrix {
  // ∂J/∂a(L) = a(L) − y for J = ½ Σ (y − a)², times ∂a(L)/∂z(L) = a(L)(1 − a(L)).
  return hadamard(
    aL.map((row, i) => row.map((v, j) => v - Y[i][j])),
    sigmoidPrimeFromA(aL),
  );
}

export function hiddenDelta(deltaNext: Matrix, thetaNext: Matrix, a: Matrix): Matrix {
  // (m × n(l+1)) (n(l+1) × n(l)) = m × n(l): no transpose with rows = outputs.
  return hadamard(matmul(deltaNext, thetaNext), sigmoidPrimeFromA(a));
}

export function weightGradients(deltas: Matrix[], activations: Matrix[]): Matrix[] {
  // ∂J/∂θ(l) = δ(l)ᵀ a(l − 1): (n(l) × m)(m × n(l − 1)), the shape of θ(l); the sum over examples is in the product.
  return deltas.map((delta, i) => matmul(transpose(delta), activations[i]));
}

export function backprop(X: Matrix, Y: Matrix, thetas: Matrix[]): Backprop {
  const { activations } = forward(X, thetas);
  const L = thetas.length;
  const deltas: Matrix[] = new Array<Matrix>(L);
  deltas[L - 1] = outputDelta(activations[L], Y);
  for (let l = L - 1; l >= 1; l--) deltas[l - 1] = hiddenDelta(deltas[l], thetas[l], activations[l]);
  return { activations, deltas, grads: weightGradients(deltas, activations) };
}

export function step(thetas: Matrix[], grads: Matrix[], learningRate: number): Matrix[] {
  return thetas.map((theta, i) =>
    theta.map((row, j) => row.map((v, k) => v - learningRate * grads[i][j][k])),
  );
}
