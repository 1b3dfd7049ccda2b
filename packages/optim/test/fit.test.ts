import { afterEach, describe, expect, it, vi } from 'vitest';
import { Rng, tensor, type Tensor } from '@bp/tensor';
import { Variable, isGradEnabled, sigmoid } from '@bp/autograd';
import { Adam, SGD, StepLR, accuracy, fit, type ProgressStream, type Trainable } from '../src/index.js';

/** Logistic regression written by hand: p = σ(x·w + b). */
class Logistic implements Trainable {
  readonly w = new Variable([[0.1], [-0.2]], { requiresGrad: true, label: 'w' });
  readonly b = new Variable([0], { requiresGrad: true, label: 'b' });
  training = true;
  modeLog: string[] = [];
  gradModeAtForward: boolean[] = [];
  forward(x: Variable): Variable {
    this.gradModeAtForward.push(isGradEnabled());
    return sigmoid(x.matmul(this.w).add(this.b));
  }
  parameters(): Variable[] {
    return [this.w, this.b];
  }
  train(): void {
    this.training = true;
    this.modeLog.push('train');
  }
  eval(): void {
    this.training = false;
    this.modeLog.push('eval');
  }
}

/** Binary cross-entropy, mean over rows. */
const bce = (p: Variable, y: Variable): Variable =>
  y
    .mul(p.log())
    .add(y.neg().add(1).mul(p.neg().add(1).log()))
    .mean()
    .neg();

/** Two separable blobs around (±2, ±2), labels 0 and 1. */
function blobs(n: number, seed: number): { x: Tensor; y: Tensor } {
  const rng = new Rng(seed);
  const xs: number[][] = [];
  const ys: number[][] = [];
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const c = label === 1 ? 2 : -2;
    xs.push([c + rng.normal(0, 0.5), c + rng.normal(0, 0.5)]);
    ys.push([label]);
  }
  return { x: tensor(xs), y: tensor(ys) };
}

function recorder(isTTY: boolean): ProgressStream & { chunks: string[] } {
  const chunks: string[] = [];
  return { chunks, isTTY, columns: 120, write: (s: string) => chunks.push(s) };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('fit', () => {
  it('decreases the loss and separates a separable problem', () => {
    const model = new Logistic();
    const data = blobs(40, 1);
    const history = fit(model, data, {
      loss: bce,
      lr: 0.5,
      epochs: 30,
      batchSize: 8,
      seed: 3,
      metrics: ['accuracy'],
      progress: false,
    });
    expect(history.epochs).toBe(30);
    expect(history.reason).toBe('maxEpochs');
    expect(history.stoppedEarly).toBe(false);
    expect(history.loss).toHaveLength(30);
    expect(history.loss[29]).toBeLessThan(history.loss[0] / 4);
    expect(history.accuracy?.[29]).toBe(1);
    const out = model.forward(new Variable(data.x)).data;
    expect(accuracy(out, data.y)).toBe(1);
  });

  it('is reproducible for a seed, and another seed takes another path', () => {
    const run = (seed: number): [number[], number[]] => {
      const model = new Logistic();
      const history = fit(model, blobs(30, 2), {
        loss: bce,
        optimizer: new Adam(model.parameters(), { lr: 0.05 }),
        epochs: 5,
        batchSize: 4,
        seed,
        progress: false,
      });
      return [history.loss, Array.from(model.w.data.data)];
    };
    const [lossA, wA] = run(11);
    const [lossB, wB] = run(11);
    const [lossC] = run(12);
    expect(lossB).toEqual(lossA);
    expect(wB).toEqual(wA);
    expect(lossC).not.toEqual(lossA);
  });

  it('visits the rows in the seeded Rng permutation, in batches of batchSize', () => {
    const seen: number[][] = [];
    const w = new Variable([[1]], { requiresGrad: true });
    const model: Trainable = {
      forward: (x) => {
        seen.push(Array.from(x.data.data));
        return x.matmul(w);
      },
      parameters: () => [w],
    };
    const data = {
      x: tensor([[0], [1], [2], [3], [4], [5], [6]]),
      y: tensor([[0], [0], [0], [0], [0], [0], [0]]),
    };
    const sizes: number[] = [];
    const mse = (p: Variable, y: Variable): Variable => p.sub(y).pow(2).mean();
    fit(model, data, {
      loss: mse,
      lr: 0,
      epochs: 2,
      batchSize: 3,
      seed: 7,
      progress: false,
      callbacks: { onBatchEnd: (log) => sizes.push(log.size) },
    });
    const rng = new Rng(7);
    const expected = [rng.permutation(7), rng.permutation(7)];
    expect(seen.slice(0, 3).flat()).toEqual(expected[0]);
    expect(seen.slice(3, 6).flat()).toEqual(expected[1]);
    expect(sizes).toEqual([3, 3, 1, 3, 3, 1]);

    seen.length = 0;
    fit(model, data, { loss: mse, lr: 0, epochs: 1, batchSize: 4, shuffle: false, progress: false });
    expect(seen).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('stops with patience when the loss stops improving', () => {
    const model = new Logistic();
    const epochsSeen: number[] = [];
    const history = fit(model, blobs(10, 3), {
      loss: bce,
      lr: 0, // nothing moves, so the loss never improves after epoch 1
      epochs: 50,
      earlyStopping: { patience: 3 },
      progress: false,
      callbacks: { onEpochEnd: (log) => void epochsSeen.push(log.epoch) },
    });
    expect(history.reason).toBe('patience');
    expect(history.stoppedEarly).toBe(true);
    expect(history.epochs).toBe(4);
    expect(epochsSeen).toEqual([1, 2, 3, 4]);
  });

  it('patience with minDelta on the validation loss', () => {
    const model = new Logistic();
    const history = fit(model, blobs(20, 4), {
      loss: bce,
      lr: 0.01,
      epochs: 200,
      validation: blobs(10, 5),
      earlyStopping: { patience: 2, minDelta: 1 }, // no epoch improves by a whole unit
      progress: false,
    });
    expect(history.reason).toBe('patience');
    expect(history.epochs).toBe(3);
    expect(history.valLoss).toHaveLength(3);
  });

  it('stops when a callback asks', () => {
    const history = fit(new Logistic(), blobs(10, 6), {
      loss: bce,
      lr: 0.1,
      epochs: 10,
      progress: false,
      callbacks: { onEpochEnd: (log) => (log.epoch === 2 ? 'stop' : undefined) },
    });
    expect(history).toMatchObject({ epochs: 2, reason: 'callback', stoppedEarly: true });
  });

  it('stops on a non-finite loss without stepping on it', () => {
    const model = new Logistic();
    const before = Array.from(model.w.data.data);
    const history = fit(model, blobs(10, 7), {
      loss: (p) => p.sum().mul(NaN),
      lr: 0.1,
      epochs: 5,
      progress: false,
    });
    expect(history.reason).toBe('nonFiniteLoss');
    expect(history.epochs).toBe(1);
    expect(Array.from(model.w.data.data)).toEqual(before);
  });

  it('evaluates validation data without recording a graph, in eval mode, and restores the mode', () => {
    const model = new Logistic();
    const history = fit(model, blobs(12, 8), {
      loss: bce,
      lr: 0.5,
      epochs: 2,
      validation: blobs(6, 9),
      metrics: ['accuracy'],
      progress: false,
    });
    // Per epoch: one training forward (full batch) with grad on, then the validation forward with it off.
    expect(model.gradModeAtForward).toEqual([true, false, true, false]);
    expect(model.modeLog).toEqual(['train', 'eval', 'train', 'train', 'eval', 'train', 'train']);
    expect(model.training).toBe(true);
    expect(history.valLoss).toHaveLength(2);
    expect(history.valAccuracy).toHaveLength(2);
    expect(history.valLoss?.every(Number.isFinite)).toBe(true);
  });

  it("steps a schedule once per epoch and records each epoch's lr", () => {
    const model = new Logistic();
    const optimizer = new SGD(model.parameters(), { lr: 0.4 });
    const history = fit(model, blobs(8, 10), {
      loss: bce,
      optimizer,
      scheduler: new StepLR(optimizer, { stepSize: 2, gamma: 0.5 }),
      epochs: 5,
      progress: false,
    });
    expect(history.lr).toEqual([0.4, 0.4, 0.2, 0.2, 0.1]);
  });

  describe('progress', () => {
    const run = (progress: 'auto' | boolean, stream: ProgressStream): void => {
      let t = 0;
      fit(new Logistic(), blobs(12, 11), {
        loss: bce,
        lr: 0.1,
        epochs: 3,
        batchSize: 4,
        progress,
        progressStream: stream,
        clock: () => (t += 250),
      });
    };

    it('draws a \\r-updated line with epoch, batch, loss and ETA when enabled', () => {
      const stream = recorder(false);
      run(true, stream);
      const text = stream.chunks.join('');
      expect(text).toContain('\r');
      expect(text).toMatch(/epoch 1\/3 \[=+ *\] batch 1\/3 loss \d+\.\d{4} ETA \d+s/);
      expect(text).toContain('epoch 3/3');
      expect(text).toMatch(/done in \d+s\n$/);
    });

    it('prints a text chart of the loss per epoch above the final line, in the same write', () => {
      const stream = recorder(false);
      run(true, stream);
      const last = stream.chunks.filter((c) => c.startsWith('\r')).at(-1)!;
      const lines = last.split('\n');
      expect(lines[0]).toMatch(/^\r +\rloss \d/); // the live line is blanked, then the chart's top row
      expect(lines).toHaveLength(5 + 1 + 1); // five rows of bars, the footer, the final progress line
      expect(lines[5]).toMatch(/└epoch 1 … 3$/);
      expect(lines[6]).toMatch(/^epoch 3\/3 .* done in \d+s$/);
      expect(last).toMatch(/[▁▂▃▄▅▆▇█]/);
    });

    it("is quiet when disabled, and with 'auto' when stderr is not a terminal or CI is set", () => {
      const off = recorder(true);
      run(false, off);
      expect(off.chunks).toEqual([]);

      vi.stubEnv('CI', '');
      const notTTY = recorder(false);
      run('auto', notTTY);
      expect(notTTY.chunks).toEqual([]);

      const tty = recorder(true);
      run('auto', tty);
      expect(tty.chunks.length).toBeGreaterThan(0);

      vi.stubEnv('CI', 'true');
      const ci = recorder(true);
      run('auto', ci);
      expect(ci.chunks).toEqual([]);
    });

    it('throttles redraws by time: with a clock that stands still only the first batch and the final line draw', () => {
      const stream = recorder(true);
      fit(new Logistic(), blobs(12, 12), {
        loss: bce,
        lr: 0.1,
        epochs: 3,
        batchSize: 2,
        progress: true,
        progressStream: stream,
        clock: () => 0,
      });
      const draws = stream.chunks.filter((c) => c.startsWith('\r'));
      expect(draws).toHaveLength(2);
      expect(draws[0]).toContain('epoch 1/3');
      expect(draws[0]).toContain('batch 1/6');
      expect(draws[1]).toContain('epoch 3/3');
      expect(draws[1]).toContain('done');
    });

    it('draws again once the throttle interval has passed', () => {
      const stream = recorder(true);
      let t = 0;
      fit(new Logistic(), blobs(12, 13), {
        loss: bce,
        lr: 0.1,
        epochs: 2,
        batchSize: 2,
        progress: true,
        progressStream: stream,
        clock: () => (t += 60), // every other batch is 120 ms after the last draw
      });
      const draws = stream.chunks.filter((c) => c.startsWith('\r'));
      // 12 batches: draws at batches 1, 3, 5, ..., 11 (6 draws) plus the final line.
      expect(draws).toHaveLength(7);
    });
  });
});

describe('accuracy', () => {
  it('thresholds a single output at 0.5', () => {
    expect(accuracy(tensor([[0.9], [0.2], [0.6], [0.4]]), tensor([[1], [0], [0], [0]]))).toBe(0.75);
    expect(accuracy(tensor([0.7, 0.3]), tensor([1, 1]))).toBe(0.5);
  });

  it('takes the argmax of several outputs against class indices or one-hot rows', () => {
    const out = tensor([
      [0.1, 0.7, 0.2],
      [0.8, 0.1, 0.1],
      [0.2, 0.3, 0.5],
    ]);
    expect(accuracy(out, tensor([1, 0, 0]))).toBeCloseTo(2 / 3, 15);
    expect(accuracy(out, tensor([[1], [0], [2]]))).toBe(1);
    expect(
      accuracy(
        out,
        tensor([
          [0, 1, 0],
          [1, 0, 0],
          [1, 0, 0],
        ]),
      ),
    ).toBeCloseTo(2 / 3, 15);
  });

  it('rejects mismatched shapes', () => {
    expect(() => accuracy(tensor([[0.1, 0.9]]), tensor([[1, 0, 0]]))).toThrow(/class indices/);
    expect(() => accuracy(tensor([[0.1]]), tensor([[1], [0]]))).toThrow(/same number of rows/);
  });
});
