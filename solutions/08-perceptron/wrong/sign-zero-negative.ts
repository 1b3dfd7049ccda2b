// Wrong answer: sign(0) = −1, against the course's convention sign(0) = +1.
import type { Misconception } from '@bp/grader/suite';
import { XOR_X, XOR_Y } from '../perceptron.js';
import type { Perceptron, Training, TrainOptions, XorRun } from '../perceptron.js';

export type { Perceptron, Training, TrainOptions, XorRun };

export const misconception: Misconception = {
  'pt-BR':
    'Em z = 0 o sinal precisa de uma convenção, e a deste exercício é sign(0) = +1 (ou seja, +1 quando z ≥ 0). Isso muda o treino: com w = (0, 0) e b = 0, o primeiro exemplo do AND tem z = 0, é previsto como +1 e, como o rótulo é −1, conta como erro e gera a primeira atualização.',
  en: 'At z = 0 the sign needs a convention, and this exercise uses sign(0) = +1 (that is, +1 when z ≥ 0). It changes training: with w = (0, 0) and b = 0, the first AND example has z = 0, is predicted as +1 and, since its label is −1, counts as a mistake and triggers the first update.',
};
export const targets = [
  'signActivation',
  'perceptronPredict',
  'perceptronUpdate',
  'trainPerceptron',
  'xorNeverConverges',
];

export function signActivation(z: number): number {
  return z > 0 ? 1 : -1;
}

export function perceptronPredict(w: number[], b: number, x: number[]): number {
  return signActivation(w.reduce((z, wk, k) => z + wk * x[k], b));
}

export function perceptronUpdate(w: number[], b: number, x: number[], y: number, lr: number): Perceptron {
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
