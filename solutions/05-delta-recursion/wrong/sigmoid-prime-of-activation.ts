// Wrong answer: a′ computed as σ′(a) = σ(a)(1 − σ(a)), applying the sigmoid a second time to the activation.
import type { Misconception } from '@bp/grader/suite';
import { weightGradients, type Backprop, type Matrix } from '../delta.js';
import { backpropWith, hadamard, matmul, minus, sigmoid } from '../assemble.js';

export { forward, weightGradients, step } from '../delta.js';

export const misconception: Misconception = {
  'pt-BR':
    'A matriz guardada na passagem para a frente já é a ativação a = σ(z), e a derivada escrita com ela é a′ = a(1 − a). Aplicar σ′ à ativação, σ(a)(1 − σ(a)), passa a sigmoide duas vezes: no exemplo, a′(2) = 0,605471 × 0,394529 = 0,238876, mas σ′(0,605471) ≈ 0,2289.',
  en: 'The matrix kept from the forward pass is already the activation a = σ(z), and the derivative written with it is a′ = a(1 − a). Applying σ′ to the activation, σ(a)(1 − σ(a)), goes through the sigmoid twice: in the example a′(2) = 0.605471 × 0.394529 = 0.238876, but σ′(0.605471) ≈ 0.2289.',
};
export const targets = ['outputDelta', 'hiddenDelta', 'backprop'];

const sigmoidPrime = (a: Matrix): Matrix => a.map((row) => row.map((v) => sigmoid(v) * (1 - sigmoid(v))));

export function outputDelta(aL: Matrix, Y: Matrix): Matrix {
  return hadamard(minus(aL, Y), sigmoidPrime(aL));
}

export function hiddenDelta(deltaNext: Matrix, thetaNext: Matrix, a: Matrix): Matrix {
  return hadamard(matmul(deltaNext, thetaNext), sigmoidPrime(a));
}

export function backprop(X: Matrix, Y: Matrix, thetas: Matrix[]): Backprop {
  return backpropWith({ outputDelta, hiddenDelta, weightGradients }, X, Y, thetas);
}
