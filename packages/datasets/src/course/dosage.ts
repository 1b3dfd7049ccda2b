import { tensor } from '@bp/tensor';
import type { Dataset } from '../dataset.js';

/**
 * The dosage example (course example E1): three doses and whether the drug worked, a bump no straight line fits.
 * x = [0, 0.5, 1] and y = [0, 1, 0], each a 3×1 column.
 */
export function dosage(): Dataset {
  return {
    name: 'dosage',
    description: 'Drug dosage (low, medium, high) against efficacy: only the medium dose works.',
    source: 'course example E1 (final bias by gradient descent, SSR loss)',
    featureNames: ['dosage'],
    x: tensor([[0], [0.5], [1]]),
    y: tensor([[0], [1], [0]]),
  };
}
