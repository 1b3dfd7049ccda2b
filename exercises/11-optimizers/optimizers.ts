/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** Options of SGD with momentum (PyTorch's names). */
export interface MomentumOptions {
  /** Learning rate γ. */
  lr: number;
  /** Momentum μ (0 means plain SGD: no buffer). */
  momentum: number;
  /** Dampening τ of the buffer update (not applied on the buffer's first step). */
  dampening: number;
  /** Nesterov momentum: step along g + μ·b instead of b. */
  nesterov: boolean;
  /** Weight decay λ: g ← ∇ + λθ before anything else. */
  weightDecay: number;
}

/** The momentum buffer b, one entry per parameter; null before the first step. */
export interface MomentumState {
  buf: number[] | null;
}

export interface MomentumResult {
  /** The parameters after the step. */
  params: number[];
  /** The state to pass to the next step. */
  state: MomentumState;
}

/** Options of Adam (PyTorch's names). */
export interface AdamOptions {
  /** Learning rate γ. */
  lr: number;
  /** [β1, β2]: decay rates of the averages of g and of g². */
  betas: [number, number];
  /** ε added to √v̂ in the denominator. */
  eps: number;
  /** Weight decay λ: g ← ∇ + λθ before the averages. */
  weightDecay: number;
}

/** Adam's state: how many steps were taken, and the two moving averages (zeros before the first step). */
export interface AdamState {
  step: number;
  m: number[];
  v: number[];
}

export interface AdamResult {
  /** The parameters after the step. */
  params: number[];
  /** The state after the step (step counted, new m and v). */
  state: AdamState;
}

/** Plain gradient descent: θ ← θ − γ·∇, entry by entry. Returns the new parameters. */
export function sgdStep(params: number[], grads: number[], lr: number): number[] {
  throw new NotImplementedError('sgdStep');
}

/** One step of torch.optim.SGD with momentum, dampening, Nesterov and weight decay. */
export function sgdMomentumStep(
  params: number[],
  grads: number[],
  state: MomentumState,
  options: MomentumOptions,
): MomentumResult {
  throw new NotImplementedError('sgdMomentumStep');
}

/** One step of torch.optim.Adam (with bias correction and L2 weight decay). */
export function adamStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): AdamResult {
  throw new NotImplementedError('adamStep');
}

/**
 * Minimizes f(x) = Σ x² (gradient 2x) with `steps` steps of SGD with momentum from x0.
 * Returns [x0, x1, …, x_steps]: the iterate after each step, starting with x0 itself.
 */
export function momentumTrajectory(x0: number[], options: MomentumOptions, steps: number): number[][] {
  throw new NotImplementedError('momentumTrajectory');
}
