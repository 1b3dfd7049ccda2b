// Memory: heapUsed after each of several epochs of @bp's autograd Nielsen training, each read after a forced GC.
// A training loop that retains graphs, gradients or batches would grow epoch after epoch; a flat line is the pass.
import type { BenchOptions } from '../options.js';
import { forcedGc } from '../gc.js';
import { bpAutograd } from '../nielsen/bp.js';
import { nielsenProblem } from '../nielsen/problem.js';

export interface MemoryResult {
  readonly engine: string;
  readonly train: number;
  readonly epochs: number;
  readonly gc: string;
  /** heapUsed (MiB) before the first epoch, after building the network and the data. */
  readonly baselineMiB: number;
  /** heapUsed (MiB) after each epoch. */
  readonly heapMiB: readonly number[];
  readonly rssMiB: readonly number[];
  /** (last − first) / first, over the per-epoch readings. */
  readonly growth: number;
  /** last − first, MiB. */
  readonly deltaMiB: number;
  readonly tolerance: number;
  readonly flat: boolean;
}

const MiB = 2 ** 20;
const TOLERANCE = 0.05;

export async function runMemory(options: BenchOptions, log: (line: string) => void): Promise<MemoryResult> {
  const gc = forcedGc();
  const collect = (): void => {
    // Twice: the first pass may only finish what the second frees (weak references, finalisers).
    gc?.collect();
    gc?.collect();
  };
  const { train, epochs } = options.memory;
  const problem = await nielsenProblem({ ...options.nielsen, train, test: 1, seed: options.seed });
  const orders = problem.orders(epochs);
  const trainer = bpAutograd(problem);
  collect();
  const baselineMiB = process.memoryUsage().heapUsed / MiB;
  const heapMiB: number[] = [];
  const rssMiB: number[] = [];
  for (let e = 0; e < epochs; e++) {
    trainer.trainEpoch(orders[e]);
    collect();
    const usage = process.memoryUsage();
    heapMiB.push(usage.heapUsed / MiB);
    rssMiB.push(usage.rss / MiB);
    log(`memory: epoch ${e + 1}/${epochs}: heapUsed ${heapMiB[e].toFixed(2)} MiB`);
  }
  const growth = (heapMiB[heapMiB.length - 1] - heapMiB[0]) / heapMiB[0];
  return {
    engine: trainer.engine,
    train,
    epochs,
    gc: gc?.how ?? 'none (readings include garbage)',
    baselineMiB,
    heapMiB,
    rssMiB,
    growth,
    deltaMiB: heapMiB[heapMiB.length - 1] - heapMiB[0],
    tolerance: TOLERANCE,
    flat: Math.abs(growth) <= TOLERANCE,
  };
}
