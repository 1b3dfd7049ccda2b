// Wrong answer: the trajectory starts every step from an empty buffer, so the momentum never builds up.
import type { Misconception } from '@bp/grader/suite';
import { sgdMomentumStep, type MomentumOptions } from '../optimizers.js';

export { sgdStep, sgdMomentumStep, adamStep } from '../optimizers.js';

export const misconception: Misconception = {
  'pt-BR':
    'O estado devolvido por um passo (o buffer de momento) tem de entrar no passo seguinte. Chamando cada passo com { buf: null }, o buffer volta a ser só o gradiente atual e o método vira descida do gradiente simples: no exemplo, o segundo iterado seria [0,64; −1,28] em vez de [0,46; −0,92].',
  en: 'The state returned by one step (the momentum buffer) must go into the next step. Calling every step with { buf: null } resets the buffer to the current gradient and the method becomes plain gradient descent: in the example the second iterate would be [0.64, −1.28] instead of [0.46, −0.92].',
};
export const targets = ['momentumTrajectory'];

export function momentumTrajectory(x0: number[], options: MomentumOptions, steps: number): number[][] {
  const iterates = [[...x0]];
  let x = x0;
  for (let k = 0; k < steps; k++) {
    x = sgdMomentumStep(
      x,
      x.map((xi) => 2 * xi),
      { buf: null },
      options,
    ).params;
    iterates.push(x);
  }
  return iterates;
}
