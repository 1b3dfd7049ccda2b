import type { Tensor } from '@bp/tensor';
import { ones, zeros } from '@bp/tensor';
import { Variable } from './variable.js';
import { noGrad } from './grad-mode.js';

export interface GradcheckOptions {
  /** Step of the central difference. Default 1e-6 (PyTorch's). */
  eps?: number;
  /** Absolute tolerance. Default 1e-5 (PyTorch's). */
  atol?: number;
  /** Relative tolerance: |analytic − numeric| ≤ atol + rtol·|numeric|. Default 1e-3 (PyTorch's). */
  rtol?: number;
  /** Stop collecting mismatches after this many. Default 10. */
  maxMismatches?: number;
}

export interface GradcheckMismatch {
  /** Which argument of f. */
  input: number;
  /** The element's index in that argument, e.g. [1, 0]. */
  index: number[];
  /** The output element whose gradient disagrees (for a non-scalar f). */
  outputIndex: number;
  analytic: number;
  numeric: number;
}

export interface GradcheckReport {
  ok: boolean;
  mismatches: GradcheckMismatch[];
  maxAbsError: number;
  /** A readable sentence naming the first disagreement, or saying all agree. */
  message: string;
}

/**
 * Compares autodiff with central differences (f(x + ε) − f(x − ε)) / 2ε for every element of every
 * input and, for a non-scalar f, every element of its output (the full Jacobian, as PyTorch does).
 */
export function gradcheck(
  f: (...xs: Variable[]) => Variable,
  inputs: readonly Tensor[],
  options: GradcheckOptions = {},
): GradcheckReport {
  const { eps = 1e-6, atol = 1e-5, rtol = 1e-3, maxMismatches = 10 } = options;
  const evaluate = (xs: readonly Tensor[]): Tensor => noGrad(() => f(...xs.map((x) => new Variable(x))).data);
  const outSize = evaluate(inputs).size;
  const mismatches: GradcheckMismatch[] = [];
  let maxAbsError = 0;
  for (let o = 0; o < outSize; o++) {
    const vars = inputs.map((x) => new Variable(x.clone(), { requiresGrad: true }));
    const out = f(...vars);
    const seed = outSize === 1 ? ones(out.shape) : zeros(out.shape);
    seed.data[o] = 1;
    out.backward(seed);
    inputs.forEach((x, k) => {
      const analyticAll = vars[k].grad;
      for (let e = 0; e < x.size; e++) {
        const plus = inputs.map((t) => t.clone());
        const minus = inputs.map((t) => t.clone());
        plus[k].data[e] += eps;
        minus[k].data[e] -= eps;
        const numeric = (evaluate(plus).data[o] - evaluate(minus).data[o]) / (2 * eps);
        const analytic = analyticAll === null ? 0 : analyticAll.data[e];
        const err = Math.abs(analytic - numeric);
        maxAbsError = Math.max(maxAbsError, err);
        if (!(err <= atol + rtol * Math.abs(numeric)) && mismatches.length < maxMismatches) {
          mismatches.push({ input: k, index: unravel(e, x.shape), outputIndex: o, analytic, numeric });
        }
      }
    });
  }
  const first = mismatches[0];
  const message =
    first === undefined
      ? `gradcheck: autodiff agrees with central differences on every element (max |error| ${maxAbsError.toExponential(2)})`
      : `gradcheck: input ${first.input} element [${first.index.join(', ')}]` +
        (outSize > 1 ? ` (output element ${first.outputIndex})` : '') +
        `: autodiff gives ${first.analytic}, central differences give ${first.numeric}` +
        ` (|error| ${Math.abs(first.analytic - first.numeric).toExponential(2)} > atol ${atol} + rtol ${rtol} × |numeric|)` +
        (mismatches.length > 1 ? `; ${mismatches.length - 1} more mismatches` : '');
  return { ok: mismatches.length === 0, mismatches, maxAbsError, message };
}

function unravel(flat: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    index[d] = flat % shape[d];
    flat = Math.floor(flat / shape[d]);
  }
  return index;
}
