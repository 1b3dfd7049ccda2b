// Wrong answer: forgets the −1 from the inner derivative ∂(y − ŷ)/∂ŷ.
import type { Misconception } from '@bp/grader/suite';

export { sigmoidPrime, reluPrime, softplusPrime, tanhPrime } from '../derivatives.js';

export const misconception: Misconception = {
  'pt-BR':
    'Faltou a regra da cadeia na parte de dentro: a derivada de (y − ŷ) em relação a ŷ é −1. Por isso ∂/∂ŷ ½(y − ŷ)² = −(y − ŷ) = ŷ − y e ∂/∂previsto (observado − previsto)² = −2(observado − previsto). Com o sinal trocado, o gradiente aponta para o lado errado e a descida aumenta o erro.',
  en: 'The chain rule is missing on the inside: the derivative of (y − ŷ) with respect to ŷ is −1. So ∂/∂ŷ ½(y − ŷ)² = −(y − ŷ) = ŷ − y and ∂/∂predicted (observed − predicted)² = −2(observed − predicted). With the sign flipped, the gradient points the wrong way and descent increases the error.',
};
export const targets = ['halfSquaredErrorGrad', 'ssrGradPrediction'];

export const halfSquaredErrorGrad = (yHat: number, y: number): number => y - yHat;
export const ssrGradPrediction = (observed: number, predicted: number): number => 2 * (observed - predicted);
