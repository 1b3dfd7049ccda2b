import { Variable, noGrad } from '@bp/autograd';
import { MLP, halfMSE } from '@bp/nn';

// XOR: not linearly separable, so it needs a hidden layer.
const X = new Variable([
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
]);
const y = [[0], [1], [1], [0]];

const net = new MLP([2, 4, 1], { activation: 'tanh', outputActivation: 'sigmoid', seed: 1 });
const lr = 2;
const losses: number[] = [];
for (let epoch = 0; epoch < 1000; epoch++) {
  net.zeroGrad();
  const loss = halfMSE(net.forward(X), y); // 1/(2N) Σ (y − ŷ)², N = 4 examples
  loss.backward();
  losses.push(loss.item());
  // plain gradient descent, by hand: θ ← θ − η ∇J
  for (const p of net.parameters()) {
    const g = p.grad!.data;
    for (let i = 0; i < g.length; i++) p.data.data[i] -= lr * g[i];
  }
}

const yHat = noGrad(() => net.forward(X));
console.log(yHat.toString()); // ≈ [[0], [1], [1], [0]]
console.log(`loss ${losses[0].toFixed(4)} → ${losses.at(-1)!.toFixed(6)}`);
export { losses, yHat };
