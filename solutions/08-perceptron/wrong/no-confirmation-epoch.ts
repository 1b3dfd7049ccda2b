// Wrong answer: declares convergence when the weights at the end of an epoch classify everything, without the
// clean epoch that the statement asks for.
import type { Misconception } from '@bp/grader/suite';
import { perceptronPredict, perceptronUpdate, signActivation, xorNeverConverges } from '../perceptron.js';
import type { Perceptron, Training, TrainOptions, XorRun } from '../perceptron.js';

export { perceptronPredict, perceptronUpdate, signActivation, xorNeverConverges };
export type { Perceptron, Training, TrainOptions, XorRun };

export const misconception: Misconception = {
  'pt-BR':
    'Neste exercício, convergir significa completar uma época inteira sem nenhum erro, e essa época conta: ela entra em epochs e deixa um 0 no fim de errorsPerEpoch. No AND, começando de zero com η = 1, são 2 épocas com errorsPerEpoch = [1, 0], e não 1 época com [1].',
  en: 'In this exercise, converging means completing a whole epoch without a single mistake, and that epoch counts: it is included in epochs and leaves a 0 at the end of errorsPerEpoch. On AND, starting from zero with η = 1, that is 2 epochs with errorsPerEpoch = [1, 0], not 1 epoch with [1].',
};
export const targets = ['trainPerceptron'];

export function trainPerceptron(X: number[][], y: number[], options: TrainOptions): Training {
  let w = [...options.w0];
  let b = options.b0;
  const errorsPerEpoch: number[] = [];
  const allRight = (): boolean => X.every((x, i) => perceptronPredict(w, b, x) === y[i]);
  let converged = allRight();
  while (!converged && errorsPerEpoch.length < options.maxEpochs) {
    let errors = 0;
    for (let i = 0; i < X.length; i++) {
      if (perceptronPredict(w, b, X[i]) !== y[i]) errors++;
      ({ w, b } = perceptronUpdate(w, b, X[i], y[i], options.lr));
    }
    errorsPerEpoch.push(errors);
    converged = allRight();
  }
  return { w, b, epochs: errorsPerEpoch.length, converged, errorsPerEpoch };
}
