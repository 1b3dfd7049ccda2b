// brain.js 1.6.1 NeuralNetwork behind a typed surface. It trains online (batch size 1: every example updates
// the weights at once), in float32, with momentum that its option check will not let be exactly 0.
import { createRequire } from 'node:module';
import { accuracyOf, type NielsenProblem } from '../nielsen/problem.js';
import type { Trainer } from '../nielsen/trainer.js';

interface BrainSample {
  readonly input: number[];
  readonly output: number[];
}

interface BrainTrainOptions {
  readonly iterations: number;
  readonly errorThresh: number;
  readonly learningRate: number;
  readonly momentum: number;
  readonly log: boolean;
}

/** The layer format of `toJSON`/`fromJSON`: layer 0 lists the inputs, later layers each node's bias and incoming weights. */
interface BrainJSON {
  readonly sizes: number[];
  readonly layers: Record<string, { bias?: number; weights?: Record<string, number> }>[];
  readonly outputLookup: boolean;
  readonly inputLookup: boolean;
  readonly activation: 'sigmoid';
}

interface BrainNetwork {
  train(data: readonly BrainSample[], options: BrainTrainOptions): { error: number; iterations: number };
  run(input: Float32Array): ArrayLike<number>;
  fromJSON(json: BrainJSON): BrainNetwork;
}

type BrainNetworkConstructor = new (options: {
  hiddenLayers: number[];
  activation: 'sigmoid';
}) => BrainNetwork;

const require = createRequire(import.meta.url);

export function brainVersion(): string {
  return (require('brain.js/package.json') as { version: string }).version;
}

/** Nielsen's N(0, 1) weights in brain.js's JSON form (weights[layer][node][k] is θ(layer)_node,k, as @bp's [out, in]). */
function toBrainJSON(problem: NielsenProblem): BrainJSON {
  const inputs: Record<string, { bias?: number; weights?: Record<string, number> }> = {};
  for (let k = 0; k < problem.sizes[0]; k++) inputs[k] = {};
  const layers = [inputs];
  problem.weights.forEach((w, l) => {
    const [out, inF] = w.shape;
    const layer: Record<string, { bias: number; weights: Record<string, number> }> = {};
    for (let j = 0; j < out; j++) {
      const weights: Record<string, number> = {};
      for (let k = 0; k < inF; k++) weights[k] = w.data[j * inF + k];
      layer[j] = { bias: problem.biases[l].data[j], weights };
    }
    layers.push(layer);
  });
  return {
    sizes: [...problem.sizes],
    layers,
    outputLookup: false,
    inputLookup: false,
    activation: 'sigmoid',
  };
}

export function brainTrainer(problem: NielsenProblem): Trainer {
  const { NeuralNetwork } = require('brain.js') as { NeuralNetwork: BrainNetworkConstructor };
  const net = new NeuralNetwork({
    hiddenLayers: [...problem.sizes.slice(1, -1)],
    activation: 'sigmoid',
  }).fromJSON(toBrainJSON(problem));
  const inF = problem.sizes[0];
  const outF = problem.sizes[problem.sizes.length - 1];
  // Plain arrays, as brain.js documents: it copies them into Float32Arrays at the start of every train() call
  // (part of the timed epoch, a few ms). A typed array would be taken for a sparse hash and looked up key by key.
  const samples: BrainSample[] = Array.from({ length: problem.train.n }, (_, r) => ({
    input: Array.from(problem.train.x.data.subarray(r * inF, (r + 1) * inF)),
    output: Array.from(problem.train.y.data.subarray(r * outF, (r + 1) * outF)),
  }));
  const testInputs = Array.from({ length: problem.test.n }, (_, r) =>
    Float32Array.from(problem.test.x.data.subarray(r * inF, (r + 1) * inF)),
  );
  const options: BrainTrainOptions = {
    iterations: 1,
    // Never stop early: the error check runs each iteration, and 0 is refused.
    errorThresh: Number.MIN_VALUE,
    // Per-example gradient of ½‖y − a‖² times lr: lr = η/m gives each example the weight it has in Nielsen's batch update.
    learningRate: problem.eta / problem.batch,
    // brain.js refuses momentum 0 (its check is 0 < momentum < 1), so the smallest positive number: no momentum in effect.
    momentum: Number.MIN_VALUE,
    log: false,
  };
  return {
    engine: 'brain.js',
    dtype: 'float32',
    note: `online (batch 1), lr η/m = ${options.learningRate}, momentum ≈ 0, per-example ½‖y−a‖²`,
    trainEpoch(order) {
      net.train(
        order.map((r) => samples[r]),
        options,
      );
    },
    accuracy() {
      const scores = new Float32Array(problem.test.n * outF);
      testInputs.forEach((input, r) => scores.set(net.run(input), r * outF));
      return accuracyOf(scores, outF, problem.test.labels);
    },
    dispose() {},
  };
}
