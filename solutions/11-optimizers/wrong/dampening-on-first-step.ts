// Wrong answer: applies the dampening (1 − τ) already on the buffer's first step.
import type { Misconception } from '@bp/grader/suite';
import type { MomentumOptions, MomentumResult, MomentumState } from '../optimizers.js';

export { sgdStep, adamStep } from '../optimizers.js';

export const misconception: Misconception = {
  'pt-BR':
    'No PyTorch o buffer de momento começa igual ao gradiente, b ← g, sem amortecimento; só a partir do segundo passo vale b ← μ·b + (1 − τ)·g. Multiplicar o primeiro gradiente por (1 − τ) encurta o primeiro passo: no exemplo com τ = 0,5, o buffer inicial é [2, −4], não [1, −2].',
  en: 'In PyTorch the momentum buffer starts equal to the gradient, b ← g, with no dampening; only from the second step on does b ← μ·b + (1 − τ)·g apply. Multiplying the first gradient by (1 − τ) shortens the first step: in the example with τ = 0.5 the initial buffer is [2, −4], not [1, −2].',
};
export const targets = ['sgdMomentumStep', 'momentumTrajectory'];

export function sgdMomentumStep(
  params: number[],
  grads: number[],
  state: MomentumState,
  options: MomentumOptions,
): MomentumResult {
  const { lr, momentum: mu, dampening: tau, nesterov, weightDecay: lambda } = options;
  const g = params.map((theta, i) => grads[i] + lambda * theta);
  if (mu === 0) return { params: params.map((theta, i) => theta - lr * g[i]), state: { buf: null } };
  const old = state.buf ?? g.map(() => 0);
  const buf = g.map((gi, i) => mu * old[i] + (1 - tau) * gi);
  const direction = nesterov ? g.map((gi, i) => gi + mu * buf[i]) : buf;
  return { params: params.map((theta, i) => theta - lr * direction[i]), state: { buf } };
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
