// Wrong answer: mishandles the factor 2 of the power rule (and the ½ that cancels it).
import type { Misconception } from '@bp/grader/suite';

export { sigmoidPrime, reluPrime, softplusPrime, tanhPrime } from '../derivatives.js';

export const misconception: Misconception = {
  'pt-BR':
    'Atenção ao fator 2 da regra da potência: d/du u² = 2u. Em (observado − previsto)² ele fica: −2(observado − previsto). Em ½(y − ŷ)² o ½ existe justamente para cancelar esse 2, e sobra ŷ − y.',
  en: 'Mind the factor 2 of the power rule: d/du u² = 2u. In (observed − predicted)² it stays: −2(observed − predicted). In ½(y − ŷ)² the ½ is there precisely to cancel that 2, leaving ŷ − y.',
};
export const targets = ['halfSquaredErrorGrad', 'ssrGradPrediction'];

export const halfSquaredErrorGrad = (yHat: number, y: number): number => 2 * (yHat - y);
export const ssrGradPrediction = (observed: number, predicted: number): number => -(observed - predicted);
