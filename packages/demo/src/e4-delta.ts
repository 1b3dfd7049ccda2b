import { Variable, noGrad } from '@bp/autograd';
import { tensor, type Tensor } from '@bp/tensor';
import { heading, line, matrix, say } from './print.js';

const rows = (t: Tensor): number[][] => t.toArray() as number[][];

/** E4's forward and backward pass through the tensor engine, with every δ of the recursion (examples in rows). */
export function computeE4() {
  const X = tensor([
    [0.5, 0.1],
    [0.2, 0.6],
  ]);
  const y = tensor([[0.7], [0.8]]);
  const theta1 = new Variable(
    [
      [0.5, 0.2],
      [0.6, -0.1],
      [-0.4, -0.3],
    ],
    { requiresGrad: true },
  );
  const theta2 = new Variable([[0.7, -0.1, 0.2]], { requiresGrad: true });
  const a1 = new Variable(X).matmul(theta1.T).sigmoid();
  const yHat = a1.matmul(theta2.T).sigmoid();
  const J = yHat.sub(y).pow(2).sum().mul(0.5);
  J.backward();
  const aPrime1 = a1.data.mul(a1.data.neg().add(1));
  const aPrime2 = yHat.data.mul(yHat.data.neg().add(1));
  return {
    X,
    theta1,
    theta2,
    a1,
    yHat,
    aPrime1,
    aPrime2,
    delta1: a1.grad!.mul(aPrime1),
    delta2: yHat.grad!.mul(aPrime2),
  };
}

/** E4: the delta recursion, vectorised, through the tensor engine. */
export function e4(): string[] {
  const out = [heading('E4', 'A recursão dos deltas, vetorizada', 'The delta recursion, vectorised')];
  const { theta1, theta2, a1, yHat, aPrime1, aPrime2, delta1 } = computeE4();
  out.push(
    line('a(1)', matrix(rows(a1.data))),
    line('ŷ', matrix(rows(yHat.data.T))),
    line('∂J/∂a(2)', matrix(rows(yHat.grad!.T))),
    line("a'(2)", matrix(rows(aPrime2.T))),
    line("a'(1)", matrix(rows(aPrime1))),
    line('δ(1)', matrix(rows(delta1))),
    line('∂J/∂θ(1)', matrix(rows(theta1.grad!))),
    line('∂J/∂θ(2)', matrix(rows(theta2.grad!))),
  );
  noGrad(() => {
    theta1.data = theta1.data.sub(theta1.grad!.mul(0.1));
    theta2.data = theta2.data.sub(theta2.grad!.mul(0.1));
  });
  out.push(
    say('  Depois de um passo (η = 0.1):', '  After one step (η = 0.1):'),
    line('θ(1)', matrix(rows(theta1.data))),
    line('θ(2)', matrix(rows(theta2.data))),
  );
  return out;
}
