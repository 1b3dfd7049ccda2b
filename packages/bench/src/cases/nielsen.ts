// Nielsen's [784, 30, 10] sigmoid network, quadratic cost, mini-batch 10, η = 3.0: seconds per epoch over the
// training digits and held-out accuracy, for @bp (autograd and ManualMLP), tfjs-cpu, tfjs-wasm and brain.js.
import type { BenchOptions } from '../options.js';
import { median, timeOnce } from '../stats.js';
import { bpAutograd, bpBreakdown, bpManual, type Breakdown } from '../nielsen/bp.js';
import { nielsenProblem, type NielsenProblem } from '../nielsen/problem.js';
import type { Trainer, TrainerFactory } from '../nielsen/trainer.js';
import { brainTrainer, brainVersion } from '../peers/brain.js';
import { useTfjs, type TfjsBackendInfo } from '../peers/tfjs.js';
import { tfjsTrainer } from '../peers/tfjs-nielsen.js';

export interface NielsenRow {
  readonly engine: string;
  readonly dtype: 'float64' | 'float32';
  readonly note: string;
  /** Median over trainings of the mean seconds per epoch. */
  readonly secondsPerEpoch: number;
  /** Seconds of every timed epoch, one array per training. */
  readonly epochSeconds: readonly (readonly number[])[];
  /** Held-out accuracy after `epochs` epochs (the last training's; every training starts from the same weights). */
  readonly accuracy: number;
}

export interface NielsenResult {
  readonly sizes: readonly number[];
  readonly train: number;
  readonly test: number;
  readonly batch: number;
  readonly eta: number;
  readonly epochs: number;
  readonly trainings: number;
  readonly lossScaling: string;
  readonly init: string;
  readonly rows: readonly NielsenRow[];
  readonly breakdown: readonly Breakdown[];
  readonly tfjs: readonly TfjsBackendInfo[];
  readonly brainVersion?: string;
}

interface Engine {
  readonly name: string;
  /** Runs before the engine's trainers are built (switching the tfjs backend). */
  readonly setup?: () => Promise<void>;
  readonly make: TrainerFactory;
}

interface Timed {
  readonly trainer: Trainer;
  readonly seconds: number[];
  readonly accuracy: number;
}

/** One whole training from the initial weights: `epochs` timed epochs, then the held-out accuracy. */
async function trainOnce(engine: Engine, problem: NielsenProblem, orders: number[][]): Promise<Timed> {
  await engine.setup?.();
  const trainer = engine.make(problem);
  const seconds = orders.map((order) => timeOnce(() => trainer.trainEpoch(order)) / 1000);
  const accuracy = trainer.accuracy();
  trainer.dispose();
  return { trainer, seconds, accuracy };
}

export async function runNielsen(options: BenchOptions, log: (line: string) => void): Promise<NielsenResult> {
  const { sizes, train, test, batch, eta, epochs } = options.nielsen;
  log(`nielsen: loading ${train} + ${test} MNIST digits`);
  const problem = await nielsenProblem({ sizes, train, test, batch, eta, seed: options.seed });
  const orders = problem.orders(epochs);
  const tfjs: TfjsBackendInfo[] = [];
  const engines: Engine[] = [
    { name: '@bp autograd', make: bpAutograd },
    { name: '@bp ManualMLP', make: bpManual },
  ];
  for (const backend of ['cpu', 'wasm'] as const) {
    if (!options.peers.includes(`tfjs-${backend}`)) continue;
    let tfReady: Awaited<ReturnType<typeof useTfjs>> | undefined;
    engines.push({
      name: `tfjs-${backend}`,
      setup: async () => {
        tfReady = await useTfjs(backend);
        tfjs.push(tfReady.info);
      },
      make: (p) => {
        if (tfReady === undefined) throw new Error('tfjs backend not set up');
        return tfjsTrainer(tfReady.tf, backend, p);
      },
    });
  }
  if (options.peers.includes('brain')) engines.push({ name: 'brain.js', make: brainTrainer });

  // Warm every engine up on a few batches, then train in rounds (each engine once per round), so that load
  // from other processes lands on every engine alike.
  for (const engine of engines) {
    await engine.setup?.();
    const warm = engine.make(problem);
    warm.trainEpoch(orders[0].slice(0, options.nielsen.warmupBatches * batch));
    warm.dispose();
  }
  const runs: Timed[][] = engines.map(() => []);
  for (let t = 0; t < options.trainings; t++) {
    for (const [i, engine] of engines.entries()) {
      const run = await trainOnce(engine, problem, orders);
      runs[i].push(run);
      log(
        `nielsen: ${engine.name} training ${t + 1}/${options.trainings}: ${run.seconds.map((x) => x.toFixed(2)).join(', ')} s/epoch, accuracy ${(run.accuracy * 100).toFixed(2)}%`,
      );
    }
  }
  const rows: NielsenRow[] = runs.map((r) => {
    const last = r[r.length - 1];
    return {
      engine: last.trainer.engine,
      dtype: last.trainer.dtype,
      note: last.trainer.note,
      secondsPerEpoch: median(
        r.map(({ seconds }) => seconds.reduce((sum, x) => sum + x, 0) / seconds.length),
      ),
      epochSeconds: r.map(({ seconds }) => seconds),
      accuracy: last.accuracy,
    };
  });
  log('nielsen: instrumented @bp epoch (phase breakdown)');
  // Twice, keeping the second: the first instrumented epoch also pays for compiling the instrumented loops.
  bpBreakdown(problem, orders[0]);
  const breakdown = bpBreakdown(problem, orders[0]);
  return {
    sizes,
    train,
    test,
    batch,
    eta,
    epochs,
    trainings: options.trainings,
    lossScaling:
      'every engine minimises the batch MEAN of ½‖y − a‖² (summed over the 10 outputs) with plain SGD, lr η = 3.0, ' +
      "i.e. Nielsen's w ← w − (η/m) Σ_x ∇w_x; ManualMLP sums ½‖y − a‖² over the batch and steps η/m (the same update); " +
      'brain.js updates after every example with lr η/m = 0.3 (online, batch 1)',
    init:
      "every engine starts from the same weights and biases, each ~ N(0, 1) as Nielsen's Network, drawn once by @bp/nn " +
      "(init 'nielsen', seeded) and copied in (float32 for tfjs and brain.js); the same seeded shuffle per epoch for all",
    rows,
    breakdown,
    tfjs,
    brainVersion: options.peers.includes('brain') ? brainVersion() : undefined,
  };
}
