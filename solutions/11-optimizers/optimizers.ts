// Reference solution of 11-optimizers: PyTorch's SGD (with momentum) and Adam update rules, over plain arrays.
// The same types as the stub's (a solution does not import the student's folder).

export interface MomentumOptions {
  lr: number;
  momentum: number;
  dampening: number;
  nesterov: boolean;
  weightDecay: number;
}
export interface MomentumState {
  buf: number[] | null;
}
export interface MomentumResult {
  params: number[];
  state: MomentumState;
}
export interface AdamOptions {
  lr: number;
  betas: [number, number];
  eps: number;
  weightDecay: number;
}
export interface AdamState {
  step: number;
  m: number[];
  v: number[];
}
export interface AdamResult {
  params: number[];
  state: AdamState;
}

export function sgdStep(params: number[], grads: number[], lr: number): number[] {
  return params.map((theta, i) => theta - lr * grads[i]);
}

export function sgdMomentumStep(
  params: number[],
  grads: number[],
  state: MomentumState,
  options: MomentumOptions,
): MomentumResult {
  const { lr, momentum: mu, dampening: tau, nesterov, weightDecay: lambda } = options;
  // 1. Weight decay enters the gradient before anything else: g ← ∇ + λθ.
  const g = params.map((theta, i) => grads[i] + lambda * theta);
  // Without momentum there is no buffer: plain gradient descent.
  if (mu === 0) return { params: params.map((theta, i) => theta - lr * g[i]), state: { buf: null } };
  // 2. The buffer: b ← g on its first step (no dampening), then b ← μ·b + (1 − τ)·g.
  const old = state.buf;
  const buf = old === null ? [...g] : g.map((gi, i) => mu * old[i] + (1 - tau) * gi);
  // 3. The direction: g + μ·b with Nesterov, b without.
  const direction = nesterov ? g.map((gi, i) => gi + mu * buf[i]) : buf;
  // 4. The step.
  return { params: params.map((theta, i) => theta - lr * direction[i]), state: { buf } };
}

export function adamStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): AdamResult {
  const { lr, betas, eps, weightDecay: lambda } = options;
  const [beta1, beta2] = betas;
  const t = state.step + 1;
  const g = params.map((theta, i) => grads[i] + lambda * theta);
  // Exponential moving averages of the gradient and of its square.
  const m = g.map((gi, i) => beta1 * state.m[i] + (1 - beta1) * gi);
  const v = g.map((gi, i) => beta2 * state.v[i] + (1 - beta2) * gi * gi);
  // Bias correction: both averages start at 0, so early on they are too small by a factor 1 − βᵗ.
  const bc1 = 1 - beta1 ** t;
  const bc2 = 1 - beta2 ** t;
  const next = params.map((theta, i) => {
    const mHat = m[i] / bc1;
    const vHat = v[i] / bc2;
    return theta - (lr * mHat) / (Math.sqrt(vHat) + eps);
  });
  return { params: next, state: { step: t, m, v } };
}

export function momentumTrajectory(x0: number[], options: MomentumOptions, steps: number): number[][] {
  const iterates = [[...x0]];
  let x = x0;
  let state: MomentumState = { buf: null };
  for (let k = 0; k < steps; k++) {
    // f(x) = Σ x², so ∇f(x) = 2x.
    const result = sgdMomentumStep(
      x,
      x.map((xi) => 2 * xi),
      state,
      options,
    );
    x = result.params;
    state = result.state;
    iterates.push(x);
  }
  return iterates;
}
