import type { Variable } from '@bp/autograd';
import { AdamBase, type AdamOptions } from './adam-base.js';

/**
 * AdamW (decoupled weight decay), PyTorch's `torch.optim.AdamW`: first θ ← θ − γλθ, then the Adam
 * update with the plain gradient (no λθ term). `weightDecay` defaults to 1e-2, as in PyTorch.
 */
export class AdamW extends AdamBase {
  constructor(params: Iterable<Variable>, options: AdamOptions = {}) {
    super('AdamW', params, options, 1e-2, true);
  }
}
