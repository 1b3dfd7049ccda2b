// E4: the δ recursion, vectorised (a worked example of the root README), through @bp/nn's ManualMLP, which computes every
// z, a, a′, δ and ∂J/∂θ of every layer explicitly. Two examples in rows, no bias, sigmoid everywhere,
// y = [0.7, 0.8] (the erratum) and the summed loss J = ½ Σ (y − ŷ)².
import { ManualMLP, type ManualBackward } from '@bp/nn';
import { tensor, type Tensor } from '@bp/tensor';

export const E4_X = tensor([
  [0.5, 0.1],
  [0.2, 0.6],
]);
export const E4_Y = tensor([[0.7], [0.8]]);
const THETA1 = [
  [0.5, 0.2],
  [0.6, -0.1],
  [-0.4, -0.3],
];
const THETA2 = [[0.7, -0.1, 0.2]];
export const E4_LEARNING_RATE = 0.1;

/** One matrix the page can show: which layer, which quantity, and its value. */
export interface Stage {
  readonly layer: 0 | 1 | 2;
  readonly quantity: Quantity;
  readonly value: Tensor | number;
}

export type Quantity = 'z' | 'a' | 'J' | 'dJda' | 'aPrime' | 'delta' | 'dJdTheta';

export class DeltaWalk {
  net = DeltaWalk.freshNetwork();
  result: ManualBackward = this.net.backward(E4_X, E4_Y, 'halfSSE');
  forwardShown = 0;
  backwardShown = 0;
  steps = 0;

  private static freshNetwork(): ManualMLP {
    return ManualMLP.fromWeights([THETA1, THETA2], { activation: 'sigmoid' });
  }

  /** The forward pass layer by layer: z(1), a(1), z(2), a(2) = ŷ, then J. */
  get forwardStages(): Stage[] {
    const r = this.result;
    return [
      { layer: 1, quantity: 'z', value: r.zs[0] },
      { layer: 1, quantity: 'a', value: r.as[0] },
      { layer: 2, quantity: 'z', value: r.zs[1] },
      { layer: 2, quantity: 'a', value: r.as[1] },
      { layer: 2, quantity: 'J', value: r.loss },
    ];
  }

  /** The backward pass from the output down: ∂J/∂a(2), then a′, δ, ∂J/∂θ of layer 2, then of layer 1. */
  get backwardStages(): Stage[] {
    const r = this.result;
    return [
      { layer: 2, quantity: 'dJda', value: r.outputGrad },
      { layer: 2, quantity: 'aPrime', value: r.derivatives[1] },
      { layer: 2, quantity: 'delta', value: r.deltas[1] },
      { layer: 2, quantity: 'dJdTheta', value: r.weightGrads[1] },
      { layer: 1, quantity: 'aPrime', value: r.derivatives[0] },
      { layer: 1, quantity: 'delta', value: r.deltas[0] },
      { layer: 1, quantity: 'dJdTheta', value: r.weightGrads[0] },
    ];
  }

  get forwardDone(): boolean {
    return this.forwardShown === this.forwardStages.length;
  }

  forward(): Stage | null {
    const stage = this.forwardStages[this.forwardShown];
    if (stage === undefined) return null;
    this.forwardShown++;
    return stage;
  }

  backward(): Stage | null {
    if (!this.forwardDone) return null;
    const stage = this.backwardStages[this.backwardShown];
    if (stage === undefined) return null;
    this.backwardShown++;
    return stage;
  }

  /** θ ← θ − η ∂J/∂θ for both layers, then a fresh forward and backward with the new weights. */
  step(): { before: number; after: number } {
    const before = this.result.loss;
    this.net.step(E4_LEARNING_RATE, this.result);
    this.steps++;
    this.recompute();
    return { before, after: this.result.loss };
  }

  reset(): void {
    this.net = DeltaWalk.freshNetwork();
    this.steps = 0;
    this.recompute();
  }

  /** θ(layer), [out, in]. */
  weights(layer: 1 | 2): Tensor {
    return this.net.weights[layer - 1];
  }

  private recompute(): void {
    this.result = this.net.backward(E4_X, E4_Y, 'halfSSE');
    this.forwardShown = 0;
    this.backwardShown = 0;
  }
}
