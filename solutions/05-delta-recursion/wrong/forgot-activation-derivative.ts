// Wrong answer: δ without the factor a′ = a(1 − a), in the output layer and in the hidden layers.
import type { Misconception } from '@bp/grader/suite';
import { weightGradients, type Backprop, type Matrix } from '../delta.js';
import { backpropWith, matmul, minus } from '../assemble.js';

export { forward, weightGradients, step } from '../delta.js';

export const misconception: Misconception = {
  'pt-BR':
    'δ(l) é a derivada de J em relação a z(l), não em relação a a(l): entre as duas está a sigmoide, e a regra da cadeia exige o fator a′(l) = a(l) ⊙ (1 − a(l)). Na saída, δ(L) = (a(L) − y) ⊙ a(L)(1 − a(L)); nas camadas ocultas, δ(l) = (δ(l+1) θ(l+1)) ⊙ a(l)(1 − a(l)). No exemplo, δ(2) = −0,094529 × 0,238876 = −0,022581, e não −0,094529.',
  en: 'δ(l) is the derivative of J with respect to z(l), not with respect to a(l): between the two sits the sigmoid, and the chain rule needs the factor a′(l) = a(l) ⊙ (1 − a(l)). At the output, δ(L) = (a(L) − y) ⊙ a(L)(1 − a(L)); in the hidden layers, δ(l) = (δ(l+1) θ(l+1)) ⊙ a(l)(1 − a(l)). In the example δ(2) = −0.094529 × 0.238876 = −0.022581, not −0.094529.',
};
export const targets = ['outputDelta', 'hiddenDelta', 'backprop'];

export function outputDelta(aL: Matrix, Y: Matrix): Matrix {
  return minus(aL, Y);
}

export function hiddenDelta(deltaNext: Matrix, thetaNext: Matrix, _a: Matrix): Matrix {
  return matmul(deltaNext, thetaNext);
}

export function backprop(X: Matrix, Y: Matrix, thetas: Matrix[]): Backprop {
  return backpropWith({ outputDelta, hiddenDelta, weightGradients }, X, Y, thetas);
}
