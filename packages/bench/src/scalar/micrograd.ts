// micrograd's nn.py, built from @bp/autograd Value ops: Neuron, Layer, MLP. Every weight is one Value, every
// multiply and add one node, exactly as in Karpathy's demo (so node counts compare with micrograd's).
import { Rng } from '@bp/tensor';
import { Value } from '@bp/autograd';

export class Neuron {
  readonly w: Value[];
  readonly b: Value;

  constructor(
    inputs: number,
    readonly nonlin: boolean,
    rng: Rng,
  ) {
    this.w = Array.from({ length: inputs }, () => new Value(rng.uniform(-1, 1)));
    this.b = new Value(0);
  }

  call(x: readonly Value[]): Value {
    // sum(wi*xi for ...) started from b, as micrograd's `sum(..., self.b)`.
    let act = this.b;
    for (let i = 0; i < this.w.length; i++) act = act.add(this.w[i].mul(x[i]));
    return this.nonlin ? act.relu() : act;
  }

  parameters(): Value[] {
    return [...this.w, this.b];
  }
}

export class Layer {
  readonly neurons: Neuron[];

  constructor(inputs: number, outputs: number, nonlin: boolean, rng: Rng) {
    this.neurons = Array.from({ length: outputs }, () => new Neuron(inputs, nonlin, rng));
  }

  call(x: readonly Value[]): Value[] {
    return this.neurons.map((n) => n.call(x));
  }

  parameters(): Value[] {
    return this.neurons.flatMap((n) => n.parameters());
  }
}

/** MLP(2, [16, 16, 1]): ReLU hidden layers, a linear output (micrograd's `nonlin=i!=len(nouts)-1`). */
export class ScalarMLP {
  readonly layers: Layer[];

  constructor(inputs: number, outputs: readonly number[], seed: number) {
    const rng = new Rng(seed);
    const sizes = [inputs, ...outputs];
    this.layers = outputs.map((_, i) => new Layer(sizes[i], sizes[i + 1], i !== outputs.length - 1, rng));
  }

  call(x: readonly Value[]): Value {
    let out: Value[] = [...x];
    for (const layer of this.layers) out = layer.call(out);
    return out[0];
  }

  parameters(): Value[] {
    return this.layers.flatMap((l) => l.parameters());
  }
}

/**
 * micrograd demo's loss: SVM max-margin mean(relu(1 − yᵢ·scoreᵢ)) + α·Σ p² (α = 1e-4), labels yᵢ ∈ {−1, +1}.
 * Returns the loss node and the training accuracy of the scores.
 */
export function maxMarginLoss(
  model: ScalarMLP,
  inputs: readonly (readonly Value[])[],
  labels: readonly number[],
  alpha = 1e-4,
): { loss: Value; accuracy: number } {
  const scores = inputs.map((x) => model.call(x));
  let dataLoss = new Value(0);
  scores.forEach((s, i) => {
    dataLoss = dataLoss.add(s.mul(-labels[i]).add(1).relu());
  });
  dataLoss = dataLoss.mul(1 / scores.length);
  let reg = new Value(0);
  for (const p of model.parameters()) reg = reg.add(p.mul(p));
  const correct = scores.filter((s, i) => labels[i] > 0 === s.data > 0).length;
  return { loss: dataLoss.add(reg.mul(alpha)), accuracy: correct / scores.length };
}
