import { tensor } from '@bp/tensor';
import { ArgumentError } from '@bp/tensor';
import type { Dataset } from '../dataset.js';
import { appendOnes } from './bias-column.js';
import type { TableOptions } from './xor.js';

export interface AndOptions extends TableOptions {
  /**
   * `'pm1'` (default, as in E7): inputs and labels in {−1, +1}, the perceptron's convention.
   * `'01'`: inputs and labels in {0, 1}.
   */
  labels?: 'pm1' | '01';
}

/**
 * Logical AND (course example E7), linearly separable, so the perceptron learning algorithm converges on it.
 * With ±1 labels: x = [[−1,−1],[−1,1],[1,−1],[1,1]], y = [−1,−1,−1,1] as a 4×1 column.
 */
export function and(options: AndOptions = {}): Dataset {
  const labels = options.labels ?? 'pm1';
  if (labels !== 'pm1' && labels !== '01') {
    throw new ArgumentError('and', 'labels', `must be 'pm1' or '01', got ${String(labels)}`);
  }
  const lo = labels === 'pm1' ? -1 : 0;
  const x = tensor([
    [lo, lo],
    [lo, 1],
    [1, lo],
    [1, 1],
  ]);
  return {
    name: 'and',
    description: `Logical AND of two inputs with ${labels === 'pm1' ? '±1' : '0/1'} inputs and labels; linearly separable.`,
    source: 'course example E7 (the perceptron)',
    featureNames: options.bias === true ? ['x0', 'x1', 'bias'] : ['x0', 'x1'],
    classNames: [String(lo), '1'],
    x: options.bias === true ? appendOnes(x) : x,
    y: tensor([[lo], [lo], [lo], [1]]),
  };
}
