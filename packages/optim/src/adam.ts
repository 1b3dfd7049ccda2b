import type { Variable } from '@bp/autograd';
import { AdamBase, type AdamOptions } from './adam-base.js';

/**
 * Adam with PyTorch's `torch.optim.Adam` update, per parameter element, at step t:
 *
 *   g ← ∇θ (−∇θ when maximize);  g ← g + λθ;
 *   m ← β1 m + (1 − β1) g;  v ← β2 v + (1 − β2) g²;
 *   m̂ = m / (1 − β1ᵗ);  v̂ = v / (1 − β2ᵗ)  (AMSGrad: v_max ← max(v_max, v), v̂ = v_max / (1 − β2ᵗ));
 *   θ ← θ − γ m̂ / (√v̂ + ε).
 */
export class Adam extends AdamBase {
  constructor(params: Iterable<Variable>, options: AdamOptions = {}) {
    super('Adam', params, options, 0, false);
  }
}
