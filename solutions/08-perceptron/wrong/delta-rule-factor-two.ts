// Wrong answer: w ← w + η·(y − ŷ)·x with ±1 labels, which doubles every step.
import type { Misconception } from '@bp/grader/suite';
import { perceptronPredict, signActivation, XOR_X, XOR_Y } from '../perceptron.js';
import type { Perceptron, Training, TrainOptions, XorRun } from '../perceptron.js';

export { perceptronPredict, signActivation };
export type { Perceptron, Training, TrainOptions, XorRun };

export const misconception: Misconception = {
  'pt-BR':
    'A regra deste exercício é w ← w + η·y·x e b ← b + η·y num erro. A forma w ← w + η·(y − ŷ)·x é pensada para rótulos 0/1; com rótulos ±1, num erro y − ŷ vale ±2, então cada passo sai com o dobro do tamanho. No AND, começando de zero com η = 1, o primeiro erro deve levar a w = (1, 1) e b = −1, não a (2, 2) e −2.',
  en: 'The rule of this exercise is w ← w + η·y·x and b ← b + η·y on a mistake. The form w ← w + η·(y − ŷ)·x is meant for 0/1 labels; with ±1 labels, y − ŷ is ±2 on a mistake, so every step is twice as long. On AND, starting from zero with η = 1, the first mistake must lead to w = (1, 1) and b = −1, not (2, 2) and −2.',
};
export const targets = ['perceptronUpdate', 'trainPerceptron', 'xorNeverConverges'];

export function perceptronUpdate(w: number[], b: number, x: number[], y: number, lr: number): Perceptron {
  const yHat = perceptronPredict(w, b, x);
  return { w: w.map((wk, k) => wk + lr * (y - yHat) * x[k]), b: b + lr * (y - yHat) };
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
