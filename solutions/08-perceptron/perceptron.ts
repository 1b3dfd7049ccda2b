// Reference solution of 08-perceptron: the perceptron learning algorithm (PLA) with ±1 labels.

export interface Perceptron {
  w: number[];
  b: number;
}

export interface TrainOptions {
  lr: number;
  maxEpochs: number;
  w0: number[];
  b0: number;
}

export interface Training {
  w: number[];
  b: number;
  epochs: number;
  converged: boolean;
  errorsPerEpoch: number[];
}

export interface XorRun {
  converged: boolean;
  errorsPerEpoch: number[];
  minErrors: number;
}

export const XOR_X = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
];
export const XOR_Y = [-1, 1, 1, -1];

export function signActivation(z: number): number {
  // The course's convention at 0: sign(0) = +1.
  return z >= 0 ? 1 : -1;
}

export function perceptronPredict(w: number[], b: number, x: number[]): number {
  let z = b;
  for (let k = 0; k < w.length; k++) z += w[k] * x[k];
  return signActivation(z);
}

export function perceptronUpdate(w: number[], b: number, x: number[], y: number, lr: number): Perceptron {
  // Only on a mistake: w ← w + η·y·x, b ← b + η·y.
  if (perceptronPredict(w, b, x) === y) return { w: [...w], b };
  return { w: w.map((wk, k) => wk + lr * y * x[k]), b: b + lr * y };
}

export function trainPerceptron(X: number[][], y: number[], options: TrainOptions): Training {
  let w = [...options.w0];
  let b = options.b0;
  const errorsPerEpoch: number[] = [];
  let converged = false;
  while (errorsPerEpoch.length < options.maxEpochs) {
    let errors = 0;
    for (let i = 0; i < X.length; i++) {
      if (perceptronPredict(w, b, X[i]) !== y[i]) errors++;
      ({ w, b } = perceptronUpdate(w, b, X[i], y[i], options.lr));
    }
    errorsPerEpoch.push(errors);
    if (errors === 0) {
      converged = true;
      break;
    }
  }
  return { w, b, epochs: errorsPerEpoch.length, converged, errorsPerEpoch };
}

export function xorNeverConverges(maxEpochs: number, w0: number[] = [0, 0], b0 = 0): XorRun {
  const run = trainPerceptron(XOR_X, XOR_Y, { lr: 1, maxEpochs, w0, b0 });
  const minErrors = run.errorsPerEpoch.length === 0 ? 0 : Math.min(...run.errorsPerEpoch);
  return { converged: run.converged, errorsPerEpoch: run.errorsPerEpoch, minErrors };
}
