import { tensor } from '@bp/tensor';
import type { Dataset } from '../dataset.js';

/** The one-example set of the two-layer scalar chain (course example E3): x = 1, y = 1, each 1×1. */
export function identityExample(): Dataset {
  return {
    name: 'identity',
    description: 'One example whose target equals its input, for a chain of two one-neuron sigmoid layers.',
    source: 'course example E3 (two layers, one neuron each, no bias)',
    featureNames: ['x'],
    x: tensor([[1]]),
    y: tensor([[1]]),
  };
}
