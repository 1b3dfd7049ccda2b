// Wrong answer: always compares with 0.5, ignoring the threshold argument.
import type { Misconception } from '@bp/grader/suite';

export { accuracy, appendBiasColumn, forwardXor, hiddenLayer, outputLayer } from '../bias-trick.js';
export type { XorForward } from '../bias-trick.js';

export const misconception: Misconception = {
  'pt-BR':
    'O limiar é um parâmetro: 0,5 é só o valor padrão, usado quando ele não é informado. Com predictClass(saídas, 0,49), a saída 0,498062 do exemplo (1, 1) vira classe 1, porque 0,498062 ≥ 0,49.',
  en: 'The threshold is a parameter: 0.5 is only its default, used when it is not given. With predictClass(outputs, 0.49), the output 0.498062 of the example (1, 1) becomes class 1, since 0.498062 ≥ 0.49.',
};
export const targets = ['predictClass'];

export function predictClass(outputs: number[]): number[] {
  return outputs.map((o) => (o >= 0.5 ? 1 : 0));
}
