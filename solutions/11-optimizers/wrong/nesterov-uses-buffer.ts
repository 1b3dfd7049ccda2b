// Wrong answer: with Nesterov, steps along the buffer b instead of g + μ·b (so Nesterov changes nothing).
import type { Misconception } from '@bp/grader/suite';
import type { MomentumOptions, MomentumResult, MomentumState } from '../optimizers.js';

export { sgdStep, adamStep } from '../optimizers.js';

export const misconception: Misconception = {
  'pt-BR':
    'Com Nesterov o buffer é atualizado do mesmo jeito, mas a direção do passo é g + μ·b, e não o próprio b: o passo "olha adiante" somando ao gradiente atual o momento já atualizado. No primeiro passo do exemplo, g + μ·b = [2, −4] + 0,9·[2, −4] = [3,8; −7,6], e x vai para [0,62; −1,24].',
  en: 'With Nesterov the buffer is updated the same way, but the step direction is g + μ·b, not b itself: the step "looks ahead" by adding the freshly updated momentum to the current gradient. On the example’s first step, g + μ·b = [2, −4] + 0.9·[2, −4] = [3.8, −7.6], and x goes to [0.62, −1.24].',
};
export const targets = ['sgdMomentumStep', 'momentumTrajectory'];

export function sgdMomentumStep(
  params: number[],
  grads: number[],
  state: MomentumState,
  options: MomentumOptions,
): MomentumResult {
  const { lr, momentum: mu, dampening: tau, weightDecay: lambda } = options;
  const g = params.map((theta, i) => grads[i] + lambda * theta);
  if (mu === 0) return { params: params.map((theta, i) => theta - lr * g[i]), state: { buf: null } };
  const old = state.buf;
  const buf = old === null ? [...g] : g.map((gi, i) => mu * old[i] + (1 - tau) * gi);
  // "The buffer already looks ahead": with or without Nesterov, the step follows b.
  return { params: params.map((theta, i) => theta - lr * buf[i]), state: { buf } };
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
