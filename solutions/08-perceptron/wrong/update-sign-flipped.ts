// Wrong answer: moves the weights away from the misclassified example, w ← w − η·y·x.
import type { Misconception } from '@bp/grader/suite';
import { perceptronPredict, signActivation, XOR_X, XOR_Y } from '../perceptron.js';
import type { Perceptron, Training, TrainOptions, XorRun } from '../perceptron.js';

export { perceptronPredict, signActivation };
export type { Perceptron, Training, TrainOptions, XorRun };

export const misconception: Misconception = {
  'pt-BR':
    'O sinal da atualização está trocado. Num erro, a regra é w ← w + η·y·x e b ← b + η·y: se o rótulo é +1, w·x + b precisa crescer, e somar η·x faz exatamente isso (aumenta w·x em η·|x|²). Subtrair afasta a fronteira do lado certo e o treino nunca converge.',
  en: 'The sign of the update is flipped. On a mistake the rule is w ← w + η·y·x and b ← b + η·y: when the label is +1, w·x + b must grow, and adding η·x does exactly that (it raises w·x by η·|x|²). Subtracting pushes the boundary the wrong way and training never converges.',
};
export const targets = ['perceptronUpdate', 'trainPerceptron', 'xorNeverConverges'];

export function perceptronUpdate(w: number[], b: number, x: number[], y: number, lr: number): Perceptron {
  if (perceptronPredict(w, b, x) === y) return { w: [...w], b };
  return { w: w.map((wk, k) => wk - lr * y * x[k]), b: b - lr * y };
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
