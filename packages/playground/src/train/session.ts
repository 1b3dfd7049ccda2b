// One training run: a dataset, an MLP from @bp/nn, an optimizer from @bp/optim, full-batch steps on the
// binary cross-entropy of the network's logit.
import { Variable, noGrad } from '@bp/autograd';
import { moons, xor, type Dataset } from '@bp/datasets';
import { MLP, bceWithLogits } from '@bp/nn';
import { Adam, SGD, type Optimizer } from '@bp/optim';
import { sigmoid, type Tensor } from '@bp/tensor';

export type DatasetName = 'xor' | 'moons';
export type OptimizerName = 'adam' | 'sgd';

export interface TrainingSettings {
  readonly dataset: DatasetName;
  readonly hidden: number;
  readonly learningRate: number;
  readonly optimizer: OptimizerName;
}

export const DEFAULT_SETTINGS: TrainingSettings = {
  dataset: 'xor',
  hidden: 4,
  learningRate: 0.05,
  optimizer: 'adam',
};

const SEED = 7;

export function loadDataset(name: DatasetName): Dataset {
  return name === 'xor' ? xor() : moons(200, { noise: 0.15, seed: SEED });
}

export class TrainingSession {
  readonly data: Dataset;
  readonly model: MLP;
  readonly optimizer: Optimizer;
  /** The loss before each step taken so far. */
  readonly losses: number[] = [];
  private readonly input: Variable;

  constructor(readonly settings: TrainingSettings) {
    this.data = loadDataset(settings.dataset);
    this.input = new Variable(this.data.x);
    // tanh hidden units and a linear output (the logit): bceWithLogits applies σ inside, stably.
    this.model = new MLP([2, settings.hidden, 1], {
      activation: 'tanh',
      outputActivation: 'identity',
      seed: SEED,
    });
    const lr = settings.learningRate;
    this.optimizer =
      settings.optimizer === 'adam'
        ? new Adam(this.model.parameters(), { lr })
        : new SGD(this.model.parameters(), { lr });
  }

  get steps(): number {
    return this.losses.length;
  }

  /** One full-batch gradient step; returns the loss it started from. */
  trainStep(): number {
    this.optimizer.zeroGrad();
    const loss = bceWithLogits(this.model.call(this.input), this.data.y);
    loss.backward();
    this.optimizer.step();
    const value = loss.item();
    this.losses.push(value);
    return value;
  }

  /** The learning rate may change while training runs. */
  setLearningRate(lr: number): void {
    this.optimizer.lr = lr;
  }

  /** P(class 1) for each row of `points` ([n, 2]). */
  probabilities(points: Tensor): Float64Array {
    return noGrad(() => sigmoid(this.model.call(points).data)).data;
  }

  /** Fraction of the training points classified correctly at the 0.5 threshold. */
  accuracy(): number {
    const p = this.probabilities(this.data.x);
    let correct = 0;
    for (let i = 0; i < p.length; i++) if (p[i] >= 0.5 === (this.data.y.data[i] === 1)) correct++;
    return correct / p.length;
  }
}
