// Wrong answer: divides the output error by the number of examples (the mean loss), where J sums over them.
import type { Misconception } from '@bp/grader/suite';
import {
  hiddenDelta,
  outputDelta as reference,
  weightGradients,
  type Backprop,
  type Matrix,
} from '../delta.js';
import { backpropWith } from '../assemble.js';

export { forward, hiddenDelta, weightGradients, step } from '../delta.js';

export const misconception: Misconception = {
  'pt-BR':
    'Neste exercício o custo é a soma sobre os exemplos, J = ½ Σ (y − ŷ)², sem dividir pelo número de exemplos; então ∂J/∂a(L) = a(L) − y, exemplo a exemplo, e a soma aparece sozinha no produto δ(l)ᵀ a(l − 1). Dividir por m (o custo médio, 1/(2m) Σ) deixa δ e os gradientes m vezes menores: no exemplo, ∂J/∂θ(2) = [−0,038748, −0,036998, −0,030356], não a metade.',
  en: 'In this exercise the cost is the sum over the examples, J = ½ Σ (y − ŷ)², with no division by the number of examples; so ∂J/∂a(L) = a(L) − y, example by example, and the sum shows up by itself in the product δ(l)ᵀ a(l − 1). Dividing by m (the mean cost, 1/(2m) Σ) makes δ and the gradients m times smaller: in the example ∂J/∂θ(2) = [−0.038748, −0.036998, −0.030356], not half of it.',
};
export const targets = ['outputDelta', 'backprop'];

export function outputDelta(aL: Matrix, Y: Matrix): Matrix {
  const m = aL.length;
  return reference(aL, Y).map((row) => row.map((v) => v / m));
}

export function backprop(X: Matrix, Y: Matrix, thetas: Matrix[]): Backprop {
  return backpropWith({ outputDelta, hiddenDelta, weightGradients }, X, Y, thetas);
}
