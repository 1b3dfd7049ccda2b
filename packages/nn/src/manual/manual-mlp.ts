// A network trained by the explicit δ recursion, with plain tensors and no autograd: every z, a, δ and
// gradient of every layer is computed here, in the order the course derives them.
import {
  ArgumentError,
  Rng,
  ShapeError,
  Tensor,
  add,
  matmul,
  matmulTransposed,
  sum,
  zeros,
  zipWith,
  type NestedArray,
  type RandomOptions,
} from '@bp/tensor';
import { initLinear, type InitScheme } from '../init.js';
import { resolveActivation, type Activation, type ActivationLike } from '../activations/definitions.js';
import { outputLossGrad, outputLossValue, type OutputLossName } from '../losses/definitions.js';
import type { MLP } from '../layers/mlp.js';
import { checkSizes, toTensor, type TensorInput } from '../util.js';

export interface ManualMLPOptions extends RandomOptions {
  /** Hidden activation. Default 'sigmoid'. */
  activation?: ActivationLike;
  /** Output activation. Default: the hidden one. */
  outputActivation?: ActivationLike;
  /** Biases in every layer. Default true. */
  bias?: boolean;
  /** Default 'default'; the same draw order as `MLP`, so the same seed gives the same weights. */
  init?: InitScheme;
}

export interface ManualWeightsOptions {
  /** One bias per layer ([out] or null), or omit for a network without bias. */
  biases?: readonly (TensorInput | null)[];
  activation?: ActivationLike;
  outputActivation?: ActivationLike;
}

/**
 * Index i of every array holds layer i + 1 of the course's notation (layer 0 is the input):
 * `zs[i]` = z(i+1) = a(i)·θ(i+1)ᵀ + b(i+1) and `as[i]` = a(i+1) = φ(z(i+1)), each [N, units].
 */
export interface ManualForward {
  /** a(0) = X, examples in rows. */
  input: Tensor;
  zs: Tensor[];
  as: Tensor[];
  /** a(L), the prediction ŷ. */
  output: Tensor;
}

export interface ManualBackward extends ManualForward {
  /** The loss value J. */
  loss: number;
  /** ∂J/∂a(L). */
  outputGrad: Tensor;
  /** a′(l) = φ′(z(l)) per layer, computed through a(l) where the activation allows. */
  derivatives: Tensor[];
  /** δ(l) = ∂J/∂z(l): δ(L) = ∂J/∂a(L) ⊙ a′(L), δ(l) = (δ(l+1) θ(l+1)) ⊙ a′(l). */
  deltas: Tensor[];
  /** ∂J/∂θ(l) = δ(l)ᵀ a(l−1), shape [out, in] like the weight. */
  weightGrads: Tensor[];
  /** ∂J/∂b(l) = Σ_rows δ(l), or null for a layer without bias. */
  biasGrads: (Tensor | null)[];
}

/**
 * A fully connected network whose backward pass is the δ recursion written out. Weights are
 * [out, in] (θ(l)_jk feeds unit j from input k), examples are in rows.
 *
 * Updating: `step(lr)` applies θ ← θ − lr·∂J/∂θ with the gradients of the last `backward`.
 * Nielsen's `update_mini_batch` (w ← w − (η/m) Σ_x ∇w_x) is `updateMiniBatch(X, Y, eta)`: the summed
 * loss ½ Σ ‖y − a‖² ('halfSSE') gives Σ_x ∇w_x, and the step uses lr = η/m. The same update is
 * `backward(X, Y, 'halfMSE')` then `step(eta)`, since halfMSE = halfSSE/m.
 */
export class ManualMLP {
  readonly weights: Tensor[];
  readonly biases: (Tensor | null)[];
  readonly activations: Activation[];
  /** The result of the last `backward`, which `step` uses. */
  last: ManualBackward | null = null;

  constructor(sizes: readonly number[], options: ManualMLPOptions = {}) {
    checkSizes('ManualMLP', sizes);
    const rng = options.rng ?? new Rng(options.seed ?? 0);
    this.weights = [];
    this.biases = [];
    for (let l = 1; l < sizes.length; l++) {
      const w = zeros([sizes[l], sizes[l - 1]]);
      const b = (options.bias ?? true) ? zeros([sizes[l]]) : null;
      initLinear(options.init ?? 'default', w, b, rng);
      this.weights.push(w);
      this.biases.push(b);
    }
    this.activations = ManualMLP.layerActivations(
      this.weights.length,
      options.activation,
      options.outputActivation,
    );
  }

  /** A network with exactly these weights ([out, in] each), e.g. the worked examples' θ(1), θ(2). */
  static fromWeights(weights: readonly TensorInput[], options: ManualWeightsOptions = {}): ManualMLP {
    const net = new ManualMLP([1, 1], { bias: false });
    const ws = weights.map((w) => toTensor(w).clone());
    if (ws.length === 0)
      throw new ArgumentError('ManualMLP.fromWeights', 'weights', 'must hold at least one layer');
    ws.forEach((w, i) => {
      if (w.ndim !== 2)
        throw new ShapeError('ManualMLP.fromWeights', `weights[${i}] must be a matrix [out, in]`, [w.shape]);
      if (i > 0 && w.shape[1] !== ws[i - 1].shape[0]) {
        throw new ShapeError(
          'ManualMLP.fromWeights',
          `weights[${i}] takes ${w.shape[1]} inputs but layer ${i} has ${ws[i - 1].shape[0]} units`,
          [ws[i - 1].shape, w.shape],
        );
      }
    });
    const bs = ws.map((w, i) => {
      const given = options.biases?.[i];
      if (given === undefined || given === null) return null;
      const b = toTensor(given).clone();
      if (b.ndim !== 1 || b.shape[0] !== w.shape[0])
        throw new ShapeError('ManualMLP.fromWeights', `biases[${i}] must have shape [${w.shape[0]}]`, [
          b.shape,
        ]);
      return b;
    });
    net.weights.splice(0, net.weights.length, ...ws);
    net.biases.splice(0, net.biases.length, ...bs);
    net.activations.splice(
      0,
      net.activations.length,
      ...ManualMLP.layerActivations(ws.length, options.activation, options.outputActivation),
    );
    return net;
  }

  /**
   * The same network as an `MLP`, sharing its weight tensors: an in-place update by either
   * (an optimizer's, or `step`) is seen by both.
   */
  static fromMLP(mlp: MLP): ManualMLP {
    const net = new ManualMLP([1, 1], { bias: false });
    net.weights.splice(0, 1, ...mlp.layers.map((l) => l.weight.data));
    net.biases.splice(0, 1, ...mlp.layers.map((l) => l.bias?.data ?? null));
    net.activations.splice(0, 1, ...mlp.activations);
    return net;
  }

  private static layerActivations(
    layers: number,
    hidden: ActivationLike = 'sigmoid',
    output?: ActivationLike,
  ): Activation[] {
    const h = resolveActivation(hidden);
    const o = output === undefined ? h : resolveActivation(output);
    return Array.from({ length: layers }, (_, i) => (i === layers - 1 ? o : h));
  }

  get numLayers(): number {
    return this.weights.length;
  }

  /** z(l) = a(l−1)·θ(l)ᵀ + b(l), a(l) = φ(z(l)), keeping every z and a. */
  forward(X: Tensor | NestedArray): ManualForward {
    const input = X instanceof Tensor ? X : toTensor(X);
    if (input.ndim !== 2 || input.shape[1] !== this.weights[0].shape[1]) {
      throw new ShapeError(
        'ManualMLP.forward',
        `X must be [N, ${this.weights[0].shape[1]}], one example per row`,
        [input.shape, this.weights[0].shape],
      );
    }
    const zs: Tensor[] = [];
    const as: Tensor[] = [];
    let a = input;
    this.weights.forEach((w, i) => {
      const b = this.biases[i];
      const xw = matmulTransposed(a, w, { transB: true }); // a·θᵀ, without copying θᵀ
      const z = b === null ? xw : add(xw, b);
      a = mapActivation(z, this.activations[i]);
      zs.push(z);
      as.push(a);
    });
    return { input, zs, as, output: a };
  }

  /** The prediction a(L). */
  predict(X: Tensor | NestedArray): Tensor {
    return this.forward(X).output;
  }

  /** Forward, then the δ recursion from ∂J/∂a(L) of the chosen loss (default 'halfSSE', ½ Σ, as E4). */
  backward(
    X: Tensor | NestedArray,
    Y: Tensor | NestedArray,
    loss: OutputLossName = 'halfSSE',
  ): ManualBackward {
    const fwd = this.forward(X);
    const y = Y instanceof Tensor ? Y : toTensor(Y);
    const L = this.numLayers;
    const value = outputLossValue(loss, fwd.output, y);
    const outputGrad = outputLossGrad(loss, fwd.output, y);
    const derivatives = fwd.zs.map((z, i) => derivativeOf(this.activations[i], z, fwd.as[i]));
    const deltas = new Array<Tensor>(L);
    deltas[L - 1] = mulElementwise(outputGrad, derivatives[L - 1]);
    for (let i = L - 2; i >= 0; i--)
      deltas[i] = mulElementwise(matmul(deltas[i + 1], this.weights[i + 1]), derivatives[i]);
    // δ(l)ᵀ a(l−1), reading δ transposed in place
    const weightGrads = deltas.map((d, i) =>
      matmulTransposed(d, i === 0 ? fwd.input : fwd.as[i - 1], { transA: true }),
    );
    const biasGrads = deltas.map((d, i) => (this.biases[i] === null ? null : sum(d, 0)));
    this.last = { ...fwd, loss: value, outputGrad, derivatives, deltas, weightGrads, biasGrads };
    return this.last;
  }

  /** θ ← θ − lr·∂J/∂θ and b ← b − lr·∂J/∂b in place, with the gradients of the last `backward`. */
  step(lr: number, grads: ManualBackward | null = this.last): void {
    if (grads === null)
      throw new ArgumentError('ManualMLP.step', 'grads', 'are missing: call backward(X, Y) first');
    this.weights.forEach((w, i) => axpyInPlace(w, -lr, grads.weightGrads[i]));
    this.biases.forEach((b, i) => {
      const gb = grads.biasGrads[i];
      if (b !== null && gb !== null) axpyInPlace(b, -lr, gb);
    });
  }

  /** Nielsen's update_mini_batch: w ← w − (η/m) Σ_x ∇w_x, b ← b − (η/m) Σ_x ∇b_x over the m rows of X. Returns the summed loss. */
  updateMiniBatch(X: Tensor | NestedArray, Y: Tensor | NestedArray, eta: number): number {
    const result = this.backward(X, Y, 'halfSSE');
    this.step(eta / result.input.shape[0], result);
    return result.loss;
  }
}

function mapActivation(z: Tensor, act: Activation): Tensor {
  const out = new Float64Array(z.size);
  for (let i = 0; i < out.length; i++) out[i] = act.fn(z.data[i]);
  return new Tensor(out, z.shape);
}

/** a′ = φ′(z), through a when the activation allows (σ′ = a(1 − a)); step and sign throw here. */
function derivativeOf(act: Activation, z: Tensor, a: Tensor): Tensor {
  const fromOutput = act.derivativeFromOutput;
  const out = new Float64Array(z.size);
  if (fromOutput !== null) for (let i = 0; i < out.length; i++) out[i] = fromOutput(a.data[i]);
  else for (let i = 0; i < out.length; i++) out[i] = act.derivative(z.data[i]);
  return new Tensor(out, z.shape);
}

const mulElementwise = (a: Tensor, b: Tensor): Tensor => zipWith('hadamard', a, b, (x, y) => x * y);

function axpyInPlace(target: Tensor, alpha: number, x: Tensor): void {
  for (let i = 0; i < target.size; i++) target.data[i] += alpha * x.data[i];
}
