// Wrong answer: uses the output-based formulas a(1 − a) and 1 − a² with z in place of the activation a.
import type { Misconception } from '@bp/grader/suite';

export { reluPrime, softplusPrime, halfSquaredErrorGrad, ssrGradPrediction } from '../derivatives.js';

export const misconception: Misconception = {
  'pt-BR':
    'As fórmulas σ′ = a(1 − a) e tanh′ = 1 − a² usam a ativação a = σ(z) (ou a = tanh z), não a entrada z. Calcule primeiro a = σ(z) e só então a(1 − a); com z no lugar de a, o resultado em z = 2 seria 2·(1 − 2) = −2, um valor negativo que uma função crescente não pode ter.',
  en: 'The formulas σ′ = a(1 − a) and tanh′ = 1 − a² use the activation a = σ(z) (or a = tanh z), not the input z. Compute a = σ(z) first and only then a(1 − a); with z in place of a, the result at z = 2 would be 2·(1 − 2) = −2, a negative slope that an increasing function cannot have.',
};
export const targets = ['sigmoidPrime', 'tanhPrime'];

export const sigmoidPrime = (z: number): number => z * (1 - z);
export const tanhPrime = (z: number): number => 1 - z * z;
