import { tensor } from '@bp/tensor';
import type { Dataset } from '../dataset.js';

/**
 * The two-example set of the vectorised delta recursion (course example E4):
 * x = [[0.5, 0.1], [0.2, 0.6]] (one example per row), y = [0.7, 0.8] as a 2×1 column.
 */
export function vectorisedExample(): Dataset {
  return {
    name: 'vectorised',
    description: 'Two examples with two inputs and one target each, for the matrix form of backpropagation.',
    source: 'course example E4 (the delta recursion, vectorised; summed loss ½ Σ (y − ŷ)²)',
    featureNames: ['x1', 'x2'],
    notes: [
      'Erratum: the slide table printed y = [0.6, 0.8], but every number the slide derives belongs to y = [0.7, 0.8]; 0.7 is used here.',
    ],
    x: tensor([
      [0.5, 0.1],
      [0.2, 0.6],
    ]),
    y: tensor([[0.7], [0.8]]),
  };
}
