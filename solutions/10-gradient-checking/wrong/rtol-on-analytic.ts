// Wrong answer: scales the relative tolerance by |analytic| instead of |numeric|.
import type { Misconception } from '@bp/grader/suite';
import type { CheckResult, Tolerance } from '../gradient-check.js';

export {
  backpropGradient,
  centralDifferenceGradient,
  chainCost,
  forwardDifferenceGradient,
  forwardPassCount,
  relativeError,
  TINY,
} from '../gradient-check.js';
export type { ChainData, CheckResult, Method, PassCount, Tolerance } from '../gradient-check.js';

export const misconception: Misconception = {
  'pt-BR':
    'Na regra do PyTorch (gradcheck, via torch.allclose), o valor de referência é o numérico: passa quando |a − n| ≤ atol + rtol·|n|. Usar rtol·|a| muda o resultado nos casos de fronteira: com a = 1, n = 1,1, atol = 0 e rtol = 0,095, a diferença 0,1 passa (0,095·1,1 = 0,1045), mas não passaria com 0,095·1.',
  en: 'In PyTorch’s rule (gradcheck, through torch.allclose) the reference value is the numeric one: it passes when |a − n| ≤ atol + rtol·|n|. Using rtol·|a| changes the verdict at the boundary: with a = 1, n = 1.1, atol = 0 and rtol = 0.095, the difference 0.1 passes (0.095·1.1 = 0.1045) but would not with 0.095·1.',
};
export const targets = ['gradientCheck'];

export function gradientCheck(analytic: number[], numeric: number[], tolerance: Tolerance): CheckResult {
  let worstIndex = -1;
  let worstMargin = -Infinity;
  analytic.forEach((a, i) => {
    const margin = Math.abs(a - numeric[i]) - (tolerance.atol + tolerance.rtol * Math.abs(a));
    if (margin > worstMargin) {
      worstMargin = margin;
      worstIndex = i;
    }
  });
  if (worstIndex === -1) return { ok: true, worstIndex: -1, worstError: 0 };
  return {
    ok: worstMargin <= 0,
    worstIndex,
    worstError: Math.abs(analytic[worstIndex] - numeric[worstIndex]),
  };
}
