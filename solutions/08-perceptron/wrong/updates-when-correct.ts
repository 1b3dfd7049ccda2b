// Wrong answer: applies w ← w + η·y·x after every example, right or wrong.
import type { Misconception } from '@bp/grader/suite';
import { perceptronPredict, signActivation, XOR_X, XOR_Y } from '../perceptron.js';
import type { Perceptron, Training, TrainOptions, XorRun } from '../perceptron.js';

export { perceptronPredict, signActivation };
export type { Perceptron, Training, TrainOptions, XorRun };

export const misconception: Misconception = {
  'pt-BR':
    'O perceptron só aprende com os erros: se a previsão já é igual ao rótulo (ŷ = y), os pesos e o viés ficam como estão. A atualização w ← w + η·y·x, b ← b + η·y só acontece quando ŷ ≠ y. Atualizar também nos acertos continua empurrando os pesos e estraga exemplos que já estavam certos.',
  en: 'The perceptron only learns from its mistakes: when the prediction already equals the label (ŷ = y), the weights and the bias stay as they are. The update w ← w + η·y·x, b ← b + η·y happens only when ŷ ≠ y. Updating on correct examples too keeps pushing the weights and breaks examples that were already right.',
};
export const targets = ['perceptronUpdate', 'trainPerceptron', 'xorNeverConverges'];

export function perceptronUpdate(w: number[], b: number, x: number[], y: number, lr: number): Perceptron {
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
