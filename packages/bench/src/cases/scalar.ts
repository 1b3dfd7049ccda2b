// The scalar engine: micrograd's moons demo on @bp's Value, 20 SGD steps, ms and graph nodes per step.
import { Value, topologicalOrder } from '@bp/autograd';
import { moons } from '@bp/datasets';
import type { BenchOptions } from '../options.js';
import { median } from '../stats.js';
import { ScalarMLP, maxMarginLoss } from '../scalar/micrograd.js';

export interface ScalarResult {
  readonly points: number;
  readonly sizes: readonly number[];
  readonly parameters: number;
  readonly steps: number;
  readonly trainings: number;
  /** Median over trainings of the mean ms per step (forward + backward + update). */
  readonly msPerStep: number;
  readonly msPerStepRuns: readonly number[];
  readonly nodesPerStep: number;
  readonly finalLoss: number;
  readonly finalAccuracy: number;
}

interface Training {
  msPerStep: number;
  nodes: number;
  loss: number;
  accuracy: number;
  parameters: number;
}

function train(options: BenchOptions, steps: number): Training {
  const { points, sizes } = options.scalar;
  const data = moons(points, { noise: 0.1, seed: options.seed });
  const inputs = Array.from({ length: points }, (_, i) => [
    new Value(data.x.data[2 * i]),
    new Value(data.x.data[2 * i + 1]),
  ]);
  const labels = Array.from(data.y.data, (c) => 2 * c - 1);
  const model = new ScalarMLP(sizes[0], sizes.slice(1), options.seed);
  const params = model.parameters();
  let elapsed = 0;
  let nodes = 0;
  let loss = Number.NaN;
  let accuracy = Number.NaN;
  for (let k = 0; k < steps; k++) {
    const start = performance.now();
    const step = maxMarginLoss(model, inputs, labels);
    for (const p of params) p.grad = 0;
    step.loss.backward();
    const lr = 1.0 - (0.9 * k) / 100;
    for (const p of params) p.data -= lr * p.grad;
    elapsed += performance.now() - start;
    // Counted outside the clock: backward() walks the graph once already.
    nodes = topologicalOrder(step.loss).length;
    loss = step.loss.data;
    accuracy = step.accuracy;
  }
  return { msPerStep: elapsed / steps, nodes, loss, accuracy, parameters: params.length };
}

export function runScalar(options: BenchOptions, log: (line: string) => void): ScalarResult {
  const { steps } = options.scalar;
  log(`scalar: warm-up`);
  // Two trainings' worth of steps: V8 keeps re-optimising the op and backward paths for the first few dozen.
  train(options, 2 * steps);
  const runs: Training[] = [];
  for (let t = 0; t < options.trainings; t++) {
    runs.push(train(options, steps));
    log(`scalar: training ${t + 1}/${options.trainings}: ${runs[t].msPerStep.toFixed(2)} ms/step`);
  }
  const last = runs[runs.length - 1];
  return {
    points: options.scalar.points,
    sizes: options.scalar.sizes,
    parameters: last.parameters,
    steps,
    trainings: options.trainings,
    msPerStep: median(runs.map((r) => r.msPerStep)),
    msPerStepRuns: runs.map((r) => r.msPerStep),
    nodesPerStep: last.nodes,
    finalLoss: last.loss,
    finalAccuracy: last.accuracy,
  };
}
