// Public examples: the worked examples of the statement, run the way grading runs them (forward, backward with a
// given upstream gradient g, then gradcheck). A function you have not written yet is reported as skipped
// ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { gradcheck, Variable, type Op } from '@bp/autograd';
import { tensor, type NestedArray } from '@bp/tensor';
import { example } from '@bp/grader/vitest';
import { makeLinearOp, makeMulOp, makeSoftsignOp, makeSquareOp, makeSwishOp } from './ops.js';

/** Applies `op` to `inputs`, back-propagates `g`, and returns the output and each input's gradient. */
function run(
  op: Op<undefined>,
  inputs: NestedArray[],
  g: NestedArray,
): { y: Variable; grads: Variable['grad'][] } {
  const vars = inputs.map((x) => new Variable(x, { requiresGrad: true }));
  const y = op.apply(vars, undefined);
  y.backward(tensor(g));
  return { y, grads: vars.map((v) => v.grad) };
}

const flatten = (x: NestedArray | undefined): number[] =>
  x === undefined ? [] : typeof x === 'number' ? [x] : x.flatMap((item) => flatten(item));

const close = (received: NestedArray | undefined, expected: number[], digits = 6): void => {
  const flat = flatten(received);
  expect(flat).toHaveLength(expected.length);
  expected.forEach((v, i) => expect(flat[i]).toBeCloseTo(v, digits));
};

const passesGradcheck = (op: Op<undefined>, inputs: NestedArray[]): void => {
  const report = gradcheck(
    (...xs) => op.apply(xs, undefined),
    inputs.map((x) => tensor(x)),
  );
  expect(report.ok, report.message).toBe(true);
};

example('square: y = [0.25, 4, 9], ∂L/∂x = g ⊙ 2x = [1, −2, −6]', () => {
  const op = makeSquareOp();
  const { y, grads } = run(op, [[0.5, -2, 3]], [1, 0.5, -1]);
  close(y.toArray(), [0.25, 4, 9]);
  close(grads[0]?.toArray(), [1, -2, -6]);
  passesGradcheck(op, [[0.5, -2, 3]]);
});

example('softsign: y = [1/3, −2/3, 0.75], ∂L/∂x = [0.444444, 0.055556, −0.0625]', () => {
  const op = makeSoftsignOp();
  const { y, grads } = run(op, [[0.5, -2, 3]], [1, 0.5, -1]);
  close(y.toArray(), [1 / 3, -2 / 3, 0.75]);
  close(grads[0]?.toArray(), [0.444444, 0.055556, -0.0625]);
  passesGradcheck(op, [[0.5, -2, 3]]);
});

example('mul with broadcasting: ∂L/∂a = [[10, 0, −0.5], [5, −2, 0.5]], ∂L/∂b = [3, 10, 3]', () => {
  const op = makeMulOp();
  const inputs = [
    [
      [1, 2, 3],
      [4, 5, 6],
    ],
    [10, -1, 0.5],
  ];
  const { y, grads } = run(op, inputs, [
    [1, 0, -1],
    [0.5, 2, 1],
  ]);
  close(y.toArray(), [10, -2, 1.5, 40, -5, 3]);
  close(grads[0]?.toArray(), [10, 0, -0.5, 5, -2, 0.5]);
  expect(grads[1]?.shape).toEqual([3]);
  close(grads[1]?.toArray(), [3, 10, 3]);
  passesGradcheck(op, inputs);
});

example('swish: y = [−0.268941, 0, 1.761594], ∂L/∂x = [0.144659, −0.5, 0.545392]', () => {
  const op = makeSwishOp();
  const { y, grads } = run(op, [[-1, 0, 2]], [2, -1, 0.5]);
  close(y.toArray(), [-0.268941, 0, 1.761594]);
  close(grads[0]?.toArray(), [0.144659, -0.5, 0.545392]);
  passesGradcheck(op, [[-1, 0, 2]]);
});

example('linear: y = [[1.1, 2.2, −0.7], [3.1, −0.8, 4.3]], ∂L/∂b = [1, 1, 0]', () => {
  const op = makeLinearOp();
  const inputs = [
    [
      [1, 2],
      [3, -1],
    ],
    [
      [1, 0],
      [0, 1],
      [1, -1],
    ],
    [0.1, 0.2, 0.3],
  ];
  const { y, grads } = run(op, inputs, [
    [1, 0, 1],
    [0, 1, -1],
  ]);
  close(y.toArray(), [1.1, 2.2, -0.7, 3.1, -0.8, 4.3]);
  close(grads[0]?.toArray(), [2, -1, -1, 2]);
  close(grads[1]?.toArray(), [1, 2, 3, -1, -2, 3]);
  close(grads[2]?.toArray(), [1, 1, 0]);
  passesGradcheck(op, inputs);
});
