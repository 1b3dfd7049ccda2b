// @bp's two ways to train Nielsen's network: autograd (MLP + halfMSE + SGD, the engine's main path) and
// ManualMLP (the δ recursion written out, no graph). Both start from the problem's N(0, 1) weights.
import { take, type Tensor } from '@bp/tensor';
import { noGrad } from '@bp/autograd';
import { MLP, ManualMLP, halfMSE } from '@bp/nn';
import { SGD } from '@bp/optim';
import { accuracyOf, batchIndices, type NielsenProblem } from './problem.js';
import type { Trainer } from './trainer.js';

function copyInto(target: Tensor, source: Tensor): void {
  target.data.set(source.data);
}

export function bpAutogradModel(problem: NielsenProblem): MLP {
  const model = new MLP(problem.sizes, { activation: 'sigmoid', init: 'nielsen', seed: 0 });
  model.layers.forEach((layer, i) => {
    copyInto(layer.weight.data, problem.weights[i]);
    if (layer.bias !== null) copyInto(layer.bias.data, problem.biases[i]);
  });
  return model;
}

export function bpAutograd(problem: NielsenProblem): Trainer {
  const model = bpAutogradModel(problem);
  const optimizer = new SGD(model.parameters(), { lr: problem.eta });
  const { x, y } = problem.train;
  return {
    engine: '@bp autograd',
    dtype: 'float64',
    note: 'MLP(sigmoid) + halfMSE (batch mean of ½‖y−a‖²) + SGD lr η',
    trainEpoch(order) {
      for (const idx of batchIndices(order, problem.batch)) {
        optimizer.zeroGrad();
        const loss = halfMSE(model.call(take(x, idx)), take(y, idx));
        loss.backward();
        optimizer.step();
      }
    },
    accuracy() {
      const scores = noGrad(() => model.call(problem.test.x)).data;
      return accuracyOf(scores.data, problem.sizes[problem.sizes.length - 1], problem.test.labels);
    },
    dispose() {},
  };
}

export function bpManualNet(problem: NielsenProblem): ManualMLP {
  const net = new ManualMLP(problem.sizes, { activation: 'sigmoid', init: 'nielsen', seed: 0 });
  net.weights.forEach((w, i) => copyInto(w, problem.weights[i]));
  net.biases.forEach((b, i) => {
    if (b !== null) copyInto(b, problem.biases[i]);
  });
  return net;
}

export function bpManual(problem: NielsenProblem): Trainer {
  const net = bpManualNet(problem);
  const { x, y } = problem.train;
  return {
    engine: '@bp ManualMLP',
    dtype: 'float64',
    note: "ManualMLP.updateMiniBatch: halfSSE (Σ ½‖y−a‖²) with lr η/m, Nielsen's update_mini_batch",
    trainEpoch(order) {
      for (const idx of batchIndices(order, problem.batch))
        net.updateMiniBatch(take(x, idx), take(y, idx), problem.eta);
    },
    accuracy() {
      return accuracyOf(
        net.predict(problem.test.x).data,
        problem.sizes[problem.sizes.length - 1],
        problem.test.labels,
      );
    },
    dispose() {},
  };
}

/** Milliseconds of one epoch spent in each phase of the autograd step. */
export interface Breakdown {
  readonly engine: string;
  readonly phases: Readonly<Record<string, number>>;
  readonly totalMs: number;
}

const now = (): number => performance.now();

/** One instrumented epoch of each @bp path, timing batch assembly, forward, backward and update separately. */
export function bpBreakdown(problem: NielsenProblem, order: readonly number[]): Breakdown[] {
  const { x, y } = problem.train;
  const model = bpAutogradModel(problem);
  const optimizer = new SGD(model.parameters(), { lr: problem.eta });
  const a = { 'take (batch copy)': 0, 'forward + loss': 0, backward: 0, 'zeroGrad + SGD step': 0 };
  const startA = now();
  for (const idx of batchIndices(order, problem.batch)) {
    let t = now();
    const xb = take(x, idx);
    const yb = take(y, idx);
    a['take (batch copy)'] += now() - t;
    t = now();
    optimizer.zeroGrad();
    a['zeroGrad + SGD step'] += now() - t;
    t = now();
    const loss = halfMSE(model.call(xb), yb);
    a['forward + loss'] += now() - t;
    t = now();
    loss.backward();
    a.backward += now() - t;
    t = now();
    optimizer.step();
    a['zeroGrad + SGD step'] += now() - t;
  }
  const totalA = now() - startA;

  const net = bpManualNet(problem);
  // backward() runs its own forward; forward is timed again on its own so the δ part can be told apart.
  const m = { 'take (batch copy)': 0, forward: 0, 'backward (incl. its forward)': 0, step: 0 };
  for (const idx of batchIndices(order, problem.batch)) {
    let t = now();
    const xb = take(x, idx);
    const yb = take(y, idx);
    m['take (batch copy)'] += now() - t;
    t = now();
    net.forward(xb);
    m.forward += now() - t;
    t = now();
    const result = net.backward(xb, yb, 'halfSSE');
    m['backward (incl. its forward)'] += now() - t;
    t = now();
    net.step(problem.eta / idx.length, result);
    m.step += now() - t;
  }
  const manual = {
    'take (batch copy)': m['take (batch copy)'],
    forward: m.forward,
    'δ recursion + gradients': m['backward (incl. its forward)'] - m.forward,
    step: m.step,
  };
  const totalM = manual['take (batch copy)'] + m['backward (incl. its forward)'] + m.step;
  return [
    { engine: '@bp autograd', phases: a, totalMs: totalA },
    { engine: '@bp ManualMLP', phases: manual, totalMs: totalM },
  ];
}
