// Reference solution of 07-bias-trick: the XOR network 2-2-1 written as 3-3-1 with a column of ones.

export interface XorForward {
  withBias: number[][];
  hidden: number[][];
  output: number[];
  classes: number[];
}

/** σ(z) = 1 / (1 + e^(−z)), in the form that never overflows. */
const sigmoid = (z: number): number => {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
};

const dot = (a: number[], b: number[]): number => {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += a[k] * b[k];
  return sum;
};

export function appendBiasColumn(X: number[][]): number[][] {
  return X.map((row) => [...row, 1]);
}

export function hiddenLayer(Xb: number[][], W: number[][]): number[][] {
  // Row i, column j: σ(Xb[i] · W[j]), that is σ(Xb Wᵀ) with one row of W per hidden node.
  return Xb.map((row) => W.map((weights) => sigmoid(dot(row, weights))));
}

export function outputLayer(H: number[][], w: number[]): number[] {
  return H.map((row) => sigmoid(dot(row, w)));
}

export function predictClass(outputs: number[], threshold = 0.5): number[] {
  return outputs.map((o) => (o >= threshold ? 1 : 0));
}

export function forwardXor(X: number[][], W1: number[][], w2: number[]): XorForward {
  const withBias = appendBiasColumn(X);
  const hidden = hiddenLayer(withBias, W1);
  const output = outputLayer(hidden, w2);
  return { withBias, hidden, output, classes: predictClass(output) };
}

export function accuracy(pred: number[], y: number[]): number {
  let right = 0;
  for (let i = 0; i < y.length; i++) if (pred[i] === y[i]) right++;
  return right / y.length;
}
