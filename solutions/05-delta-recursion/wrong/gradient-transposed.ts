// Wrong answer: ∂J/∂θ(l) = a(l − 1)ᵀ δ(l), the transpose of the gradient in this course's convention.
import type { Misconception } from '@bp/grader/suite';
import { hiddenDelta, outputDelta, type Backprop, type Matrix } from '../delta.js';
import { backpropWith, matmul, transpose } from '../assemble.js';

export { forward, outputDelta, hiddenDelta, step } from '../delta.js';

export const misconception: Misconception = {
  'pt-BR':
    'Neste curso θ(l) tem uma linha por unidade da camada l (saída) e uma coluna por unidade da camada l − 1 (entrada), e o gradiente tem a forma de θ(l): ∂J/∂θ(l) = δ(l)ᵀ a(l − 1), (unidades de l × exemplos)(exemplos × unidades de l − 1). O produto a(l − 1)ᵀ δ(l) é a transposta disso, a convenção de quem guarda os pesos como entradas × saídas: no exemplo, ∂J/∂θ(1) deve ser 3×2, não 2×3.',
  en: 'In this course θ(l) has one row per unit of layer l (output) and one column per unit of layer l − 1 (input), and the gradient has the shape of θ(l): ∂J/∂θ(l) = δ(l)ᵀ a(l − 1), (units of l × examples)(examples × units of l − 1). The product a(l − 1)ᵀ δ(l) is its transpose, the convention of code that stores weights as inputs × outputs: in the example ∂J/∂θ(1) must be 3×2, not 2×3.',
};
export const targets = ['weightGradients', 'backprop'];

export function weightGradients(deltas: Matrix[], activations: Matrix[]): Matrix[] {
  return deltas.map((delta, i) => matmul(transpose(activations[i]), delta));
}

export function backprop(X: Matrix, Y: Matrix, thetas: Matrix[]): Backprop {
  return backpropWith({ outputDelta, hiddenDelta, weightGradients }, X, Y, thetas);
}
