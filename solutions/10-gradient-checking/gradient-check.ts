// Reference solution of 10-gradient-checking: finite differences against backprop on a chain of sigmoid units.

/** Examples of the scalar chain: inputs x[i] with targets y[i]. */
export interface ChainData {
  x: number[];
  y: number[];
}

export interface Tolerance {
  atol: number;
  rtol: number;
}

export interface CheckResult {
  ok: boolean;
  worstIndex: number;
  worstError: number;
}

export type Method = 'forward' | 'central' | 'backprop';

export interface PassCount {
  forward: number;
  backward: number;
}

/** The floor of the denominator of relativeError. */
export const TINY = 1e-12;

const sigmoid = (z: number): number => {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
};

/** The activations a0 = x, a1, …, aP of one example. */
function activations(weights: number[], x: number): number[] {
  const a = [x];
  for (const w of weights) a.push(sigmoid(w * a[a.length - 1]));
  return a;
}

export function chainCost(weights: number[], data: ChainData): number {
  let cost = 0;
  for (let i = 0; i < data.x.length; i++) {
    const a = activations(weights, data.x[i]);
    cost += 0.5 * (data.y[i] - a[a.length - 1]) ** 2;
  }
  return cost;
}

export function backpropGradient(weights: number[], data: ChainData): number[] {
  const P = weights.length;
  const grad = new Array<number>(P).fill(0);
  for (let i = 0; i < data.x.length; i++) {
    const a = activations(weights, data.x[i]);
    // δ_P = ∂J/∂z_P = (a_P − y)·a_P(1 − a_P); ∂J/∂w_l = δ_l·a_(l−1); δ_(l−1) = δ_l·w_l·a_(l−1)(1 − a_(l−1)).
    let delta = (a[P] - data.y[i]) * a[P] * (1 - a[P]);
    for (let l = P; l >= 1; l--) {
      grad[l - 1] += delta * a[l - 1];
      delta = delta * weights[l - 1] * a[l - 1] * (1 - a[l - 1]);
    }
  }
  return grad;
}

const nudged = (weights: number[], j: number, by: number): number[] =>
  weights.map((w, k) => (k === j ? w + by : w));

export function forwardDifferenceGradient(weights: number[], data: ChainData, eps: number): number[] {
  const base = chainCost(weights, data);
  return weights.map((_, j) => (chainCost(nudged(weights, j, eps), data) - base) / eps);
}

export function centralDifferenceGradient(weights: number[], data: ChainData, eps: number): number[] {
  return weights.map(
    (_, j) =>
      (chainCost(nudged(weights, j, eps), data) - chainCost(nudged(weights, j, -eps), data)) / (2 * eps),
  );
}

export function relativeError(analytic: number, numeric: number): number {
  return Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric), TINY);
}

export function gradientCheck(analytic: number[], numeric: number[], tolerance: Tolerance): CheckResult {
  let worstIndex = -1;
  let worstMargin = -Infinity;
  for (let i = 0; i < analytic.length; i++) {
    // PyTorch's gradcheck (torch.allclose): |a − n| ≤ atol + rtol·|n|, the numeric value being the reference.
    const margin =
      Math.abs(analytic[i] - numeric[i]) - (tolerance.atol + tolerance.rtol * Math.abs(numeric[i]));
    if (margin > worstMargin) {
      worstMargin = margin;
      worstIndex = i;
    }
  }
  if (worstIndex === -1) return { ok: true, worstIndex: -1, worstError: 0 };
  return {
    ok: worstMargin <= 0,
    worstIndex,
    worstError: Math.abs(analytic[worstIndex] - numeric[worstIndex]),
  };
}

export function forwardPassCount(setup: { params: number; method: Method }): PassCount {
  const P = setup.params;
  switch (setup.method) {
    case 'forward':
      return { forward: P + 1, backward: 0 }; // C(w) once, then C(w + ε·e_j) for each j
    case 'central':
      return { forward: 2 * P, backward: 0 }; // C(w + ε·e_j) and C(w − ε·e_j) for each j
    case 'backprop':
      return { forward: 1, backward: 1 };
  }
}
