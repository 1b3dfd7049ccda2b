import type { Tensor } from '@bp/tensor';
import { ArgumentError } from '@bp/tensor';
import type { Variable } from '@bp/autograd';
import { nonNegative } from './validate.js';

export interface ClipGradNormOptions {
  /** The p of the p-norm: 2 by default, `Infinity` for the largest absolute entry. */
  normType?: number;
  /** Throw when the total norm is NaN or infinite instead of scaling by it (default false). */
  errorIfNonfinite?: boolean;
}

/**
 * PyTorch's `clip_grad_norm_`: the norm of all gradients taken together (as one long vector) and,
 * when it exceeds `maxNorm`, every gradient multiplied by maxNorm / (norm + 1e-6). Returns the total
 * norm before clipping. Parameters without a gradient are ignored.
 * Gradients are scaled in place, as PyTorch does: every leaf owns its `.grad` tensor.
 */
export function clipGradNorm(
  params: Iterable<Variable>,
  maxNorm: number,
  options: ClipGradNormOptions = {},
): number {
  nonNegative('clipGradNorm', 'maxNorm', maxNorm);
  const normType = options.normType ?? 2;
  if (!(normType === Infinity || (Number.isFinite(normType) && normType > 0))) {
    throw new ArgumentError(
      'clipGradNorm',
      'normType',
      `must be a positive number or Infinity, got ${normType}`,
    );
  }
  const withGrad = [...params].filter((p) => p.grad !== null);
  let total = 0;
  if (normType === Infinity) {
    for (const p of withGrad) for (const g of (p.grad as Tensor).data) total = Math.max(total, Math.abs(g));
  } else {
    let acc = 0;
    for (const p of withGrad) for (const g of (p.grad as Tensor).data) acc += Math.abs(g) ** normType;
    total = acc ** (1 / normType);
  }
  if (!Number.isFinite(total) && options.errorIfNonfinite) {
    throw new ArgumentError(
      'clipGradNorm',
      'params',
      `have a gradient norm of ${total}; the gradients contain NaN or Infinity`,
    );
  }
  const coef = maxNorm / (total + 1e-6);
  if (coef < 1) {
    for (const p of withGrad) {
      const g = (p.grad as Tensor).data;
      for (let i = 0; i < g.length; i++) g[i] *= coef;
    }
  }
  return total;
}

/** Clamps every gradient entry into [−clipValue, clipValue] in place (PyTorch's `clip_grad_value_`). */
export function clipGradValue(params: Iterable<Variable>, clipValue: number): void {
  nonNegative('clipGradValue', 'clipValue', clipValue);
  for (const p of params) {
    const g = p.grad?.data;
    if (g === undefined) continue;
    for (let i = 0; i < g.length; i++) g[i] = Math.min(clipValue, Math.max(-clipValue, g[i]));
  }
}
