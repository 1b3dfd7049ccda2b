// Reference solution of 09-linear-mlp: with φ(z) = c·z, an MLP collapses into one affine map.

export interface Affine {
  W: number[][];
  b: number[];
}

export interface LinearForward {
  z1: number[];
  a1: number[];
  output: number[];
}

export interface CollapsedFormula {
  slope: string;
  intercept: string;
}

const matVec = (A: number[][], v: number[]): number[] =>
  A.map((row) => row.reduce((s, a, k) => s + a * v[k], 0));
const matMul = (A: number[][], B: number[][]): number[][] =>
  A.map((row) => B[0].map((_, j) => row.reduce((s, a, k) => s + a * B[k][j], 0)));
const scaleMat = (s: number, A: number[][]): number[][] => A.map((row) => row.map((a) => s * a));
const add = (u: number[], v: number[]): number[] => u.map((a, i) => a + v[i]);

export function mlpForwardLinear(
  x: number[],
  W1: number[][],
  b1: number[],
  W2: number[][],
  b2: number[],
  c: number,
): LinearForward {
  const z1 = add(matVec(W1, x), b1);
  const a1 = z1.map((z) => c * z);
  return { z1, a1, output: add(matVec(W2, a1), b2) };
}

export function collapseToAffine(
  W1: number[][],
  b1: number[],
  W2: number[][],
  b2: number[],
  c: number,
): Affine {
  // W2·(c·(W1 x + b1)) + b2 = (c W2 W1) x + (c W2 b1 + b2).
  return {
    W: scaleMat(c, matMul(W2, W1)),
    b: add(
      matVec(W2, b1).map((v) => c * v),
      b2,
    ),
  };
}

export function collapseLayers(layers: Affine[], c: number): Affine {
  // φ after every layer but the last: fold each new layer into the affine map of the layers before it.
  let W = layers[0].W.map((row) => [...row]);
  let b = [...layers[0].b];
  for (let l = 1; l < layers.length; l++) {
    ({ W, b } = collapseToAffine(W, b, layers[l].W, layers[l].b, c));
  }
  return { W, b };
}

export function collapsedExpression(depth: number): CollapsedFormula {
  // Scalar chain: y = wL·φ(… w2·φ(w1·x + b1) + b2 …) + bL.
  // slope = c^(L−1)·wL·…·w1; intercept = Σ_l c^(L−l)·wL·…·w(l+1)·bl.
  const product = (from: number): string[] => {
    const factors: string[] = [];
    for (let k = depth; k > from; k--) factors.push(`w${k}`);
    return factors;
  };
  const term = (power: number, factors: string[]): string => [`c^${power}`, ...factors].join(' * ');
  const slope = term(depth - 1, product(0));
  const intercept: string[] = [];
  for (let l = 1; l <= depth; l++) intercept.push(term(depth - l, [...product(l), `b${l}`]));
  return { slope, intercept: intercept.join(' + ') };
}
