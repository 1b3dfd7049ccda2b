import type { Tensor } from './tensor.js';
import { sameShape } from './shape.js';

export interface CloseOptions {
  /** Relative tolerance (NumPy's and PyTorch's meaning): |a − b| ≤ atol + rtol·|b|. */
  rtol?: number;
  atol?: number;
  /** Treat NaN as equal to NaN. */
  equalNan?: boolean;
}

/** True when both have the same shape and every pair satisfies |a − b| ≤ atol + rtol·|b|. */
export function allClose(a: Tensor, b: Tensor, options: CloseOptions = {}): boolean {
  const { rtol = 1e-5, atol = 1e-8, equalNan = false } = options;
  if (!sameShape(a.shape, b.shape)) return false;
  for (let i = 0; i < a.size; i++) {
    const x = a.data[i];
    const y = b.data[i];
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (equalNan && Number.isNaN(x) && Number.isNaN(y)) continue;
      return false;
    }
    if (x === y) continue; // equal infinities
    if (!(Math.abs(x - y) <= atol + rtol * Math.abs(y))) return false;
  }
  return true;
}
