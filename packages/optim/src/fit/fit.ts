import { ArgumentError, Rng, ShapeError, take, type Tensor } from '@bp/tensor';
import { Variable, noGrad } from '@bp/autograd';
import type { Optimizer } from '../optimizer.js';
import { SGD } from '../sgd.js';
import { positiveInteger } from '../validate.js';
import { countCorrect } from './accuracy.js';
import { StopRule } from './early-stopping.js';
import { ProgressBar, defaultProgressStream, progressEnabled } from './progress.js';
import { textChart } from './text-chart.js';
import type { Dataset, FitOptions, History, LossFn, StopReason, Trainable } from './types.js';

/**
 * Trains `model` on `data` with mini-batch gradient descent: every epoch visits the rows in batches
 * (a new seeded permutation each epoch when shuffling), and for each batch clears the gradients, runs
 * forward, the loss and backward, and steps the optimizer. After each epoch it evaluates the validation
 * data without recording a graph, runs the callbacks, steps the schedule and checks the stopping rule.
 */
export function fit(model: Trainable, data: Dataset, options: FitOptions): History {
  const n = checkDataset('data', data);
  if (options.validation !== undefined) checkDataset('validation', options.validation);
  if (typeof options.loss !== 'function')
    throw new ArgumentError('fit', 'loss', 'must be a function (prediction, target) => scalar Variable');
  const epochs = positiveInteger('fit', 'epochs', options.epochs);
  const batchSize = Math.min(n, positiveInteger('fit', 'batchSize', options.batchSize ?? n));
  const optimizer = resolveOptimizer(model, options);
  const trackAccuracy = (options.metrics ?? []).includes('accuracy');
  const stopRule = StopRule.from(options.earlyStopping, options.validation !== undefined);
  const rng = new Rng(options.seed ?? 0);
  const shuffle = options.shuffle ?? true;
  const batches = Math.ceil(n / batchSize);
  const clock = options.clock ?? (() => performance.now());
  const stream = options.progressStream ?? defaultProgressStream();
  const bar =
    stream !== undefined && progressEnabled(options.progress ?? 'auto', stream)
      ? new ProgressBar(stream, epochs * batches, clock)
      : null;
  const wasTraining = model.training;
  // Snapshots for the step-size rule: allocated once, only when that rule is used.
  const before = stopRule.needsUpdateSize ? optimizer.params.map((p) => new Float64Array(p.data.size)) : null;

  const history: History = { loss: [], lr: [], epochs: 0, stoppedEarly: false, reason: 'maxEpochs' };
  if (trackAccuracy) history.accuracy = [];
  if (options.validation !== undefined) {
    history.valLoss = [];
    if (trackAccuracy) history.valAccuracy = [];
  }
  if (before !== null) history.maxUpdate = [];

  const identity = [...Array(n).keys()];
  let reason: StopReason = 'maxEpochs';
  let lastLoss = NaN;
  let lastValLoss: number | undefined;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    model.train?.();
    const order = shuffle ? rng.permutation(n) : identity;
    const lr = optimizer.lr;
    let lossSum = 0;
    let correct = 0;
    let maxUpdate = 0;
    for (let b = 0; b < batches; b++) {
      const rows = order.slice(b * batchSize, Math.min(n, (b + 1) * batchSize));
      const xb = take(data.x, rows);
      const yb = take(data.y, rows);
      optimizer.zeroGrad();
      model.zeroGrad?.();
      const output = model.forward(new Variable(xb));
      const loss = scalarLoss(options.loss, output, yb);
      const value = loss.item();
      if (!Number.isFinite(value)) {
        // Stepping on a NaN or infinite loss would only write NaN into every parameter.
        reason = 'nonFiniteLoss';
        lossSum = NaN;
        break;
      }
      loss.backward();
      if (before !== null) snapshot(optimizer, before);
      optimizer.step();
      if (before !== null) maxUpdate = Math.max(maxUpdate, largestChange(optimizer, before));
      // Weighted by the batch's share of the rows, so one full batch gives exactly its loss.
      lossSum += value * (rows.length / n);
      if (trackAccuracy) correct += countCorrect(output.data, yb);
      options.callbacks?.onBatchEnd?.({ epoch, batch: b + 1, batches, loss: value, size: rows.length });
      bar?.update({ epoch, epochs, batch: b + 1, batches, loss: value, valLoss: lastValLoss });
    }
    lastLoss = lossSum;
    history.loss.push(lastLoss);
    history.lr.push(lr);
    if (trackAccuracy) history.accuracy?.push(correct / n);
    if (before !== null) history.maxUpdate?.push(maxUpdate);
    let valLoss: number | undefined;
    let valAccuracy: number | undefined;
    if (options.validation !== undefined) {
      [valLoss, valAccuracy] = evaluate(model, options.validation, options.loss, trackAccuracy);
      history.valLoss?.push(valLoss);
      if (valAccuracy !== undefined) history.valAccuracy?.push(valAccuracy);
      lastValLoss = valLoss;
    }
    history.epochs = epoch;
    if (reason === 'nonFiniteLoss') break;
    const verdict = options.callbacks?.onEpochEnd?.({
      epoch,
      loss: lastLoss,
      lr,
      ...(trackAccuracy ? { accuracy: correct / n } : {}),
      ...(valLoss !== undefined ? { valLoss } : {}),
      ...(valAccuracy !== undefined ? { valAccuracy } : {}),
      ...(before !== null ? { maxUpdate } : {}),
    });
    options.scheduler?.step();
    if (verdict === 'stop') {
      reason = 'callback';
      break;
    }
    const stop = stopRule.check({
      loss: lastLoss,
      valLoss,
      maxUpdate: before !== null ? maxUpdate : undefined,
    });
    if (stop !== null) {
      reason = stop;
      break;
    }
  }
  history.reason = reason;
  history.stoppedEarly = reason !== 'maxEpochs';
  bar?.finish(
    { epoch: history.epochs, epochs, batch: batches, batches, loss: lastLoss, valLoss: lastValLoss },
    reason === 'maxEpochs' ? 'done' : `stopped (${reason})`,
    lossChart(history.loss, stream?.columns),
  );
  if (wasTraining === true) model.train?.();
  else if (wasTraining === false) model.eval?.();
  return history;
}

/** The loss per epoch as a small text chart for the end of the progress output; none for a single epoch. */
function lossChart(losses: readonly number[], columns = 80): string | undefined {
  if (losses.length < 2) return undefined;
  // Room for the labels (about 16 characters) and the frame.
  const width = Math.max(10, Math.min(60, columns - 20));
  return textChart(losses, { width, height: 5, label: 'loss', footer: `epoch 1 … ${losses.length}` });
}

function checkDataset(name: string, data: Dataset): number {
  const { x, y } = data;
  if (x.ndim === 0 || y.ndim === 0) {
    throw new ShapeError('fit', `${name}.x and ${name}.y need examples in rows (at least one dimension)`, [
      x.shape,
      y.shape,
    ]);
  }
  if (x.shape[0] !== y.shape[0]) {
    throw new ShapeError('fit', `${name}.x and ${name}.y have different numbers of rows`, [x.shape, y.shape]);
  }
  if (x.shape[0] === 0) throw new ArgumentError('fit', name, 'has no rows');
  return x.shape[0];
}

function resolveOptimizer(model: Trainable, options: FitOptions): Optimizer {
  if (options.optimizer !== undefined && options.lr !== undefined) {
    throw new ArgumentError(
      'fit',
      'lr',
      'cannot be given together with optimizer: set the rate on the optimizer',
    );
  }
  if (options.optimizer !== undefined) return options.optimizer;
  if (options.lr === undefined)
    throw new ArgumentError('fit', 'optimizer', 'is missing: give an optimizer or an lr (for plain SGD)');
  return new SGD(model.parameters(), { lr: options.lr });
}

function scalarLoss(loss: LossFn, output: Variable, target: Tensor): Variable {
  const value = loss(output, new Variable(target));
  if (value.size !== 1) {
    throw new ShapeError('fit', 'the loss must return a single number (reduce it with sum() or mean())', [
      value.shape,
    ]);
  }
  return value;
}

function evaluate(
  model: Trainable,
  data: Dataset,
  loss: LossFn,
  withAccuracy: boolean,
): [number, number | undefined] {
  model.eval?.();
  try {
    return noGrad(() => {
      const output = model.forward(new Variable(data.x));
      const value = scalarLoss(loss, output, data.y).item();
      return [value, withAccuracy ? countCorrect(output.data, data.y) / data.x.shape[0] : undefined];
    });
  } finally {
    model.train?.();
  }
}

function snapshot(optimizer: Optimizer, into: Float64Array[]): void {
  optimizer.params.forEach((p, i) => {
    if (p.data.size === into[i].length) into[i].set(p.data.data);
  });
}

function largestChange(optimizer: Optimizer, before: Float64Array[]): number {
  let largest = 0;
  optimizer.params.forEach((p, i) => {
    const now = p.data.data;
    const was = before[i];
    if (now.length !== was.length) return;
    for (let j = 0; j < now.length; j++) largest = Math.max(largest, Math.abs(now[j] - was[j]));
  });
  return largest;
}
