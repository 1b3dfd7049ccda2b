import { ArgumentError, Rng, Tensor, type RandomOptions } from '@bp/tensor';
import { toTensor, type TensorInput } from '../util.js';
import { checkLabelled, isLinearlySeparable } from './separability.js';

export interface PerceptronOptions extends RandomOptions {
  /** The learning rate η. Default 1. */
  lr?: number;
  /** Learn a bias b (the threshold). Default true; without it the boundary passes through the origin. */
  bias?: boolean;
  /** 'uniform' (default): weights and bias from U(−0.5, 0.5) with the seed; 'zeros': all zero. */
  init?: 'uniform' | 'zeros';
}

export interface PerceptronFitOptions {
  /** Stop after this many passes over the data. Default 100. */
  maxEpochs?: number;
  /** Visit the examples in a new seeded order every epoch. Default false (the given order). */
  shuffle?: boolean;
}

export interface PerceptronFitResult {
  /** An epoch with no mistakes was reached: every example is on the correct side. */
  converged: boolean;
  /** Epochs run, including the final mistake-free one when converged. */
  epochs: number;
  /** Mistakes (updates) in each epoch. */
  errorsPerEpoch: number[];
  /** Whether a separating hyperplane exists (decided by linear programming when the rule did not converge). */
  linearlySeparable: boolean;
  /** Why it stopped, in words. */
  reason: string;
}

/**
 * Rosenblatt's perceptron: ŷ = sign(w·x + b) with labels ±1, trained by the perceptron learning rule
 * w ← w + η (y − ŷ) x, b ← b + η (y − ŷ) on each mistake. sign(0) = 0, so a point on the boundary counts
 * as a mistake. No gradient is involved: sign has none (see `NonDifferentiableError`).
 */
export class Perceptron {
  weights: Tensor;
  bias: number;
  readonly lr: number;
  readonly useBias: boolean;
  private readonly rng: Rng;

  constructor(
    readonly inputs: number,
    options: PerceptronOptions = {},
  ) {
    if (!Number.isInteger(inputs) || inputs < 1)
      throw new ArgumentError('Perceptron', 'inputs', `must be a positive integer, got ${inputs}`);
    this.lr = options.lr ?? 1;
    if (!(this.lr > 0)) throw new ArgumentError('Perceptron', 'lr', `must be positive, got ${this.lr}`);
    this.useBias = options.bias ?? true;
    this.rng = options.rng ?? new Rng(options.seed ?? 0);
    const draw = (): number => (options.init === 'zeros' ? 0 : this.rng.uniform(-0.5, 0.5));
    this.weights = new Tensor(Float64Array.from({ length: inputs }, draw), [inputs]);
    this.bias = this.useBias ? draw() : 0;
  }

  /** w·x + b for one example. */
  score(x: ArrayLike<number>): number {
    let s = this.bias;
    for (let k = 0; k < this.inputs; k++) s += this.weights.data[k] * x[k];
    return s;
  }

  /** sign(w·x + b) for each row of X: +1, −1, or 0 exactly on the boundary. */
  predict(X: TensorInput): Tensor {
    const x = toTensor(X);
    const { rows } = checkLabelled(
      'Perceptron.predict',
      x,
      new Array<number>(x.ndim === 0 ? 0 : x.shape[0]).fill(1),
    );
    this.checkWidth(rows);
    return new Tensor(
      Float64Array.from(rows, (r) => Math.sign(this.score(r))),
      [rows.length],
    );
  }

  /** Runs the perceptron learning rule until an epoch has no mistakes or `maxEpochs` is reached. */
  fit(X: TensorInput, y: TensorInput, options: PerceptronFitOptions = {}): PerceptronFitResult {
    const { rows, labels } = checkLabelled('Perceptron.fit', X, y);
    this.checkWidth(rows);
    const maxEpochs = options.maxEpochs ?? 100;
    const errorsPerEpoch: number[] = [];
    for (let epoch = 0; epoch < maxEpochs; epoch++) {
      const order = options.shuffle ? this.rng.permutation(rows.length) : rows.map((_, i) => i);
      let errors = 0;
      for (const i of order) {
        const yHat = Math.sign(this.score(rows[i]));
        if (yHat === labels[i]) continue;
        errors++;
        const c = this.lr * (labels[i] - yHat);
        for (let k = 0; k < this.inputs; k++) this.weights.data[k] += c * rows[i][k];
        if (this.useBias) this.bias += c;
      }
      errorsPerEpoch.push(errors);
      if (errors === 0) {
        const epochs = epoch + 1;
        return {
          converged: true,
          epochs,
          errorsPerEpoch,
          linearlySeparable: true,
          reason: `converged after ${epochs} epoch${epochs > 1 ? 's' : ''}: the last epoch made no mistake, so w·x + b has the sign of y on every example`,
        };
      }
    }
    const separable = isLinearlySeparable(X, y, { bias: this.useBias });
    const plane = this.useBias
      ? 'hyperplane w·x + b = 0'
      : 'hyperplane through the origin w·x = 0 (bias: false)';
    const ran = `${maxEpochs} epoch${maxEpochs === 1 ? '' : 's'}`;
    const reason = separable
      ? `did not converge in ${ran}, but the data is linearly separable, so by the perceptron convergence theorem ` +
        `the rule stops after finitely many mistakes: raise maxEpochs`
      : `did not converge in ${ran} and never will: the data is not linearly separable (no ${plane} puts every +1 ` +
        `example strictly on one side and every −1 example on the other; checked by linear programming). XOR is the classic ` +
        `case. The rule only stops after an epoch with no mistakes, so it cycles forever; a hidden layer trained by ` +
        `backpropagation (an MLP with a smooth activation) can separate such data`;
    return { converged: false, epochs: maxEpochs, errorsPerEpoch, linearlySeparable: separable, reason };
  }

  private checkWidth(rows: number[][]): void {
    if (rows.length > 0 && rows[0].length !== this.inputs) {
      throw new ArgumentError(
        'Perceptron',
        'X',
        `has ${rows[0].length} features per row, but the perceptron has ${this.inputs} inputs`,
      );
    }
  }
}
