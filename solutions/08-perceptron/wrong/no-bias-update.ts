// Wrong answer: updates the weights on a mistake but never the bias.
import type { Misconception } from '@bp/grader/suite';
import { perceptronPredict, signActivation, XOR_X, XOR_Y } from '../perceptron.js';
import type { Perceptron, Training, TrainOptions, XorRun } from '../perceptron.js';

export { perceptronPredict, signActivation };
export type { Perceptron, Training, TrainOptions, XorRun };

export const misconception: Misconception = {
  'pt-BR':
    'Faltou atualizar o viés. O viés é o peso de uma entrada que vale sempre 1, então num erro ele muda como os outros pesos: b ← b + η·y. Sem isso a fronteira fica presa passando pela origem, e o AND com rótulos ±1 não é separável por uma reta que passe pela origem.',
  en: 'The bias update is missing. The bias is the weight of an input that is always 1, so on a mistake it changes like the other weights: b ← b + η·y. Without it the boundary is stuck through the origin, and AND with ±1 labels cannot be separated by a line through the origin.',
};
export const targets = ['perceptronUpdate', 'trainPerceptron', 'xorNeverConverges'];

export function perceptronUpdate(w: number[], b: number, x: number[], y: number, lr: number): Perceptron {
  if (perceptronPredict(w, b, x) === y) return { w: [...w], b };
  return { w: w.map((wk, k) => wk + lr * y * x[k]), b };
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
