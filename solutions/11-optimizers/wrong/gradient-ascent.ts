// Wrong answer: adds the step to the parameters (θ + γ·g), climbing the loss instead of descending it.
import type { Misconception } from '@bp/grader/suite';
import type {
  AdamOptions,
  AdamResult,
  AdamState,
  MomentumOptions,
  MomentumResult,
  MomentumState,
} from '../optimizers.js';

export const misconception: Misconception = {
  'pt-BR':
    'O gradiente aponta para onde a perda cresce; para descer, o passo é subtraído: θ ← θ − γ·g. Somando, o otimizador sobe a perda: no exemplo, x = [1, −2] iria para [1,2; −2,4], mais longe do mínimo em 0.',
  en: 'The gradient points where the loss grows; to go down, the step is subtracted: θ ← θ − γ·g. Adding it makes the optimizer climb the loss: in the example x = [1, −2] would go to [1.2, −2.4], further from the minimum at 0.',
};
export const targets = ['sgdStep', 'sgdMomentumStep', 'adamStep', 'momentumTrajectory'];

export function sgdStep(params: number[], grads: number[], lr: number): number[] {
  return params.map((theta, i) => theta + lr * grads[i]);
}

export function sgdMomentumStep(
  params: number[],
  grads: number[],
  state: MomentumState,
  options: MomentumOptions,
): MomentumResult {
  const { lr, momentum: mu, dampening: tau, nesterov, weightDecay: lambda } = options;
  const g = params.map((theta, i) => grads[i] + lambda * theta);
  if (mu === 0) return { params: params.map((theta, i) => theta + lr * g[i]), state: { buf: null } };
  const old = state.buf;
  const buf = old === null ? [...g] : g.map((gi, i) => mu * old[i] + (1 - tau) * gi);
  const direction = nesterov ? g.map((gi, i) => gi + mu * buf[i]) : buf;
  return { params: params.map((theta, i) => theta + lr * direction[i]), state: { buf } };
}

export function adamStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): AdamResult {
  const {
    lr,
    betas: [beta1, beta2],
    eps,
    weightDecay: lambda,
  } = options;
  const t = state.step + 1;
  const g = params.map((theta, i) => grads[i] + lambda * theta);
  const m = g.map((gi, i) => beta1 * state.m[i] + (1 - beta1) * gi);
  const v = g.map((gi, i) => beta2 * state.v[i] + (1 - beta2) * gi * gi);
  const next = params.map(
    (theta, i) => theta + (lr * m[i]) / (1 - beta1 ** t) / (Math.sqrt(v[i] / (1 - beta2 ** t)) + eps),
  );
  return { params: next, state: { step: t, m, v } };
}

export function momentumTrajectory(x0: number[], options: MomentumOptions, steps: number): number[][] {
  const iterates = [[...x0]];
  let x = x0;
  let state: MomentumState = { buf: null };
  for (let k = 0; k < steps; k++) {
    ({ params: x, state } = sgdMomentumStep(
      x,
      x.map((xi) => 2 * xi),
      state,
      options,
    ));
    iterates.push(x);
  }
  return iterates;
}
