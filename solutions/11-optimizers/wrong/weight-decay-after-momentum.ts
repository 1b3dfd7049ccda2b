// Wrong answer: builds the momentum from the raw gradient and adds λθ only at the end.
import type { Misconception } from '@bp/grader/suite';
import type { MomentumOptions, MomentumResult, MomentumState } from '../optimizers.js';

export { sgdStep, adamStep } from '../optimizers.js';

export const misconception: Misconception = {
  'pt-BR':
    'No SGD do PyTorch o decaimento de peso entra no gradiente antes de tudo: g ← ∇ + λθ, e é esse g que alimenta o buffer de momento. Somar λθ só depois do momento deixa o buffer sem o termo de decaimento (no exemplo com λ = 0,1, o primeiro buffer é [2,1; −4,2], não [2, −4]) e muda todos os passos seguintes.',
  en: 'In PyTorch’s SGD weight decay enters the gradient before anything else: g ← ∇ + λθ, and that g is what feeds the momentum buffer. Adding λθ only after the momentum leaves the decay term out of the buffer (in the example with λ = 0.1 the first buffer is [2.1, −4.2], not [2, −4]) and changes every later step.',
};
export const targets = ['sgdMomentumStep', 'momentumTrajectory'];

export function sgdMomentumStep(
  params: number[],
  grads: number[],
  state: MomentumState,
  options: MomentumOptions,
): MomentumResult {
  const { lr, momentum: mu, dampening: tau, nesterov, weightDecay: lambda } = options;
  if (mu === 0)
    return {
      params: params.map((theta, i) => theta - lr * (grads[i] + lambda * theta)),
      state: { buf: null },
    };
  const old = state.buf;
  const buf = old === null ? [...grads] : grads.map((gi, i) => mu * old[i] + (1 - tau) * gi);
  const direction = nesterov ? grads.map((gi, i) => gi + mu * buf[i]) : buf;
  return { params: params.map((theta, i) => theta - lr * (direction[i] + lambda * theta)), state: { buf } };
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
