import { tensor } from '@bp/tensor';
import type { Dataset } from '../dataset.js';
import { appendOnes } from './bias-column.js';

export interface TableOptions {
  /** Append a column of ones as the last input (the bias trick of E5). Default false. */
  bias?: boolean;
}

/**
 * XOR (course examples E5 and E7): the four binary inputs and their exclusive or, the smallest set no single
 * perceptron separates. x is 4×2, or 4×3 with `bias` (input order x0, x1, 1); y is a 4×1 column of 0/1.
 */
export function xor(options: TableOptions = {}): Dataset {
  const x = tensor([
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ]);
  return {
    name: 'xor',
    description: 'Exclusive or of two binary inputs; not linearly separable.',
    source: 'course examples E5 (forward pass with the bias trick) and E7 (perceptron limits)',
    featureNames: options.bias === true ? ['x0', 'x1', 'bias'] : ['x0', 'x1'],
    classNames: ['0', '1'],
    x: options.bias === true ? appendOnes(x) : x,
    y: tensor([[0], [1], [1], [0]]),
  };
}
