// Wrong answer: off by one layer, ∂J/∂θ(l) = δ(l)ᵀ a(l) instead of δ(l)ᵀ a(l − 1).
import type { Misconception } from '@bp/grader/suite';
import { hiddenDelta, outputDelta, type Backprop, type Matrix } from '../delta.js';
import { backpropWith, matmul, transpose } from '../assemble.js';

export { forward, outputDelta, hiddenDelta, step } from '../delta.js';

export const misconception: Misconception = {
  'pt-BR':
    'O peso θ(l)_jk multiplica a ativação k da camada anterior, l − 1, então ∂z(l)/∂θ(l) é a(l − 1), a entrada da camada, e ∂J/∂θ(l) = δ(l)ᵀ a(l − 1). Com activations[0] = X, o gradiente de θ(1) usa X, o de θ(2) usa a(1), e assim por diante; usar a(l), a saída da própria camada, desloca tudo uma camada.',
  en: 'The weight θ(l)_jk multiplies activation k of the previous layer, l − 1, so ∂z(l)/∂θ(l) is a(l − 1), the layer’s input, and ∂J/∂θ(l) = δ(l)ᵀ a(l − 1). With activations[0] = X, the gradient of θ(1) uses X, that of θ(2) uses a(1), and so on; using a(l), the layer’s own output, shifts everything by one layer.',
};
export const targets = ['weightGradients', 'backprop'];

export function weightGradients(deltas: Matrix[], activations: Matrix[]): Matrix[] {
  return deltas.map((delta, i) => matmul(transpose(delta), activations[i + 1]));
}

export function backprop(X: Matrix, Y: Matrix, thetas: Matrix[]): Backprop {
  return backpropWith({ outputDelta, hiddenDelta, weightGradients }, X, Y, thetas);
}
