// Wrong answer: the break sits outside the convergence test, so training always stops after one epoch.
import type { Misconception } from '@bp/grader/suite';
import { perceptronPredict, perceptronUpdate, signActivation, XOR_X, XOR_Y } from '../perceptron.js';
import type { Perceptron, Training, TrainOptions, XorRun } from '../perceptron.js';

export { perceptronPredict, perceptronUpdate, signActivation };
export type { Perceptron, Training, TrainOptions, XorRun };

export const misconception: Misconception = {
  'pt-BR':
    'O treino só para em dois casos: depois de uma época inteira sem nenhum erro (convergiu) ou ao atingir maxEpochs. Uma época com erros mudou os pesos, e é preciso mais uma passada para saber se os novos pesos acertam tudo. No AND, a primeira época tem 1 erro e a segunda, 0: errorsPerEpoch = [1, 0].',
  en: 'Training stops in only two cases: after a whole epoch without a single mistake (converged) or when maxEpochs is reached. An epoch with mistakes changed the weights, and another pass is needed to know whether the new weights get everything right. On AND the first epoch has 1 mistake and the second 0: errorsPerEpoch = [1, 0].',
};
export const targets = ['trainPerceptron', 'xorNeverConverges'];

export function trainPerceptron(X: number[][], y: number[], options: TrainOptions): Training {
  let w = [...options.w0];
  let b = options.b0;
  const errorsPerEpoch: number[] = [];
  let converged = false;
  for (let epoch = 0; epoch < options.maxEpochs; epoch++) {
    let errors = 0;
    for (let i = 0; i < X.length; i++) {
      if (perceptronPredict(w, b, X[i]) !== y[i]) errors++;
      ({ w, b } = perceptronUpdate(w, b, X[i], y[i], options.lr));
    }
    errorsPerEpoch.push(errors);
    if (errors === 0) converged = true;
    break;
  }
  return { w, b, epochs: errorsPerEpoch.length, converged, errorsPerEpoch };
}

export function xorNeverConverges(maxEpochs: number, w0: number[] = [0, 0], b0 = 0): XorRun {
  const run = trainPerceptron(XOR_X, XOR_Y, { lr: 1, maxEpochs, w0, b0 });
  const minErrors = run.errorsPerEpoch.length === 0 ? 0 : Math.min(...run.errorsPerEpoch);
  return { converged: run.converged, errorsPerEpoch: run.errorsPerEpoch, minErrors };
}
