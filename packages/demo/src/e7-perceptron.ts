import { and, xor } from '@bp/datasets';
import { Perceptron } from '@bp/nn';
import { matmul, randn, allClose } from '@bp/tensor';
import { heading, line, say } from './print.js';

/** E7: the perceptron learns AND (±1 labels) but not XOR; an MLP with φ(x) = 2x is one affine map. */
export function e7(): string[] {
  const out = [heading('E7', 'O perceptron e o MLP linear', 'The perceptron and the linear MLP')];
  const andData = and();
  const p = new Perceptron(2, { lr: 1, seed: 0 });
  const onAnd = p.fit(andData.x, andData.y, { maxEpochs: 100 });
  out.push(line('AND', `converged: ${onAnd.converged}, ${onAnd.epochs} ${say('épocas', 'epochs')}`));
  const xorData = xor();
  const pm1 = xorData.y.mul(2).sub(1);
  const onXor = new Perceptron(2, { lr: 1, seed: 0 }).fit(xorData.x, pm1, { maxEpochs: 100 });
  out.push(line('XOR', `converged: ${onXor.converged}, linearly separable: ${onXor.linearlySeparable}`));
  const W1 = randn([3, 2], { seed: 1 });
  const b1 = randn([3], { seed: 2 });
  const W2 = randn([1, 3], { seed: 3 });
  const b2 = randn([1], { seed: 4 });
  const X = randn([5, 2], { seed: 5 });
  const mlp = matmul(matmul(X, W1.T).add(b1).mul(2), W2.T).add(b2);
  const W = matmul(W2, W1).mul(2);
  const b = matmul(W2, b1).mul(2).add(b2);
  const affine = matmul(X, W.T).add(b);
  out.push(
    line(
      'W2·φ(W1x + b1) + b2',
      `= (2 W2 W1) x + (2 W2 b1 + b2): ${allClose(mlp, affine, { rtol: 1e-12, atol: 1e-12 })}`,
    ),
  );
  return out;
}
