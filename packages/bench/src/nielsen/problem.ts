// Nielsen's chapter-1 network as one problem every engine solves: the same digits, the same N(0, 1) start,
// the same shuffles, the same update w ← w − (η/m) Σ_x ∇w_x, i.e. SGD with lr η on the batch MEAN of
// ½‖y − a‖² (summed over the 10 outputs).
import { argmax, type Tensor } from '@bp/tensor';
import { loadMnist } from '@bp/datasets';
import { MLP } from '@bp/nn';
import { Rng } from '@bp/tensor';

export interface Split {
  /** [n, 784], grey levels in [0, 1]. */
  readonly x: Tensor;
  /** [n, 10] one-hot. */
  readonly y: Tensor;
  readonly labels: Int32Array;
  readonly n: number;
}

export interface NielsenProblem {
  readonly sizes: readonly number[];
  readonly batch: number;
  readonly eta: number;
  readonly train: Split;
  readonly test: Split;
  /** Weights [out, in] and biases [out] of every layer, each entry ~ N(0, 1) (Nielsen's `Network`), drawn once. */
  readonly weights: readonly Tensor[];
  readonly biases: readonly Tensor[];
  /** One seeded permutation of the training rows per epoch, shared by every engine. */
  orders(epochs: number): number[][];
}

export interface ProblemOptions {
  readonly sizes: readonly number[];
  readonly train: number;
  readonly test: number;
  readonly batch: number;
  readonly eta: number;
  readonly seed: number;
}

function split(x: Tensor, y: Tensor): Split {
  const labels = Int32Array.from(argmax(y, 1).data);
  return { x, y, labels, n: x.shape[0] };
}

export async function nielsenProblem(options: ProblemOptions): Promise<NielsenProblem> {
  const { train, test } = await loadMnist({
    train: options.train,
    test: options.test,
    seed: options.seed,
    oneHot: true,
  });
  const init = new MLP(options.sizes, { activation: 'sigmoid', init: 'nielsen', seed: options.seed });
  return {
    sizes: options.sizes,
    batch: options.batch,
    eta: options.eta,
    train: split(train.x, train.y),
    test: split(test.x, test.y),
    weights: init.layers.map((l) => l.weight.data.clone()),
    biases: init.layers.map((l) => {
      if (l.bias === null) throw new Error('nielsenProblem: the network needs biases');
      return l.bias.data.clone();
    }),
    orders(epochs) {
      const rng = new Rng(options.seed + 1);
      return Array.from({ length: epochs }, () => rng.permutation(options.train));
    },
  };
}

/** The batches of one epoch: consecutive slices of the epoch's order (the last may be short). */
export function* batchIndices(order: readonly number[], batch: number): Generator<number[]> {
  for (let start = 0; start < order.length; start += batch) yield order.slice(start, start + batch);
}

/** Fraction of rows whose largest score is the label. `scores` is [n, classes], row-major. */
export function accuracyOf(scores: ArrayLike<number>, classes: number, labels: Int32Array): number {
  let correct = 0;
  for (let r = 0; r < labels.length; r++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (scores[r * classes + c] > scores[r * classes + best]) best = c;
    if (best === labels[r]) correct++;
  }
  return labels.length === 0 ? Number.NaN : correct / labels.length;
}

/** A weight [out, in] as float32 [in, out], the layout x·W engines (TensorFlow.js) use. */
export function transposedFloat32(w: Tensor): Float32Array {
  const [out, inF] = w.shape;
  const t = new Float32Array(out * inF);
  for (let j = 0; j < out; j++) for (let k = 0; k < inF; k++) t[k * out + j] = w.data[j * inF + k];
  return t;
}
