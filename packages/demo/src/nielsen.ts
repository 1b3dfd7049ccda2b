// E6: Nielsen's network [784, 30, 10], sigmoid, quadratic cost, mini-batch 10, η = 3.0, on the MNIST digits
// of @bp/datasets. Nielsen's update w ← w − (η/m) Σ ∇w is SGD with lr η on the batch mean of ½‖y − a‖²,
// which is halfMSE (1/(2N) Σ over examples, summed over outputs).
import { loadMnist } from '@bp/datasets';
import { MLP, halfMSE } from '@bp/nn';
import { SGD, fit, type History } from '@bp/optim';

export interface NielsenOptions {
  train?: number;
  test?: number;
  epochs?: number;
  seed?: number;
  progress?: boolean;
  onEpoch?: (epoch: number, seconds: number, testAccuracy: number) => void;
}

export interface NielsenResult {
  history: History;
  secondsPerEpoch: number[];
  testAccuracy: number[];
}

export async function trainNielsen(options: NielsenOptions = {}): Promise<NielsenResult> {
  const { train = 8000, test = 2000, epochs = 3, seed = 1, progress = false } = options;
  const data = await loadMnist({ train, test, seed, oneHot: true });
  const net = new MLP([784, 30, 10], { activation: 'sigmoid', init: 'nielsen', seed });
  const optimizer = new SGD(net.parameters(), { lr: 3.0 });
  const secondsPerEpoch: number[] = [];
  const testAccuracy: number[] = [];
  let started = performance.now();
  const history = fit(net, data.train, {
    loss: halfMSE,
    optimizer,
    epochs,
    batchSize: 10,
    seed,
    validation: data.test,
    metrics: ['accuracy'],
    progress,
    callbacks: {
      onEpochEnd: (log) => {
        const seconds = (performance.now() - started) / 1000;
        secondsPerEpoch.push(seconds);
        const accuracy = log.valAccuracy ?? NaN;
        testAccuracy.push(accuracy);
        options.onEpoch?.(log.epoch, seconds, accuracy);
        started = performance.now();
      },
    },
  });
  return { history, secondsPerEpoch, testAccuracy };
}
