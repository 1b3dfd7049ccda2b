// The course's point about cost: one backprop gradient (one forward + one backward) against the same gradient
// by forward differences, which needs one extra forward pass per weight. The ratio grows with the parameter count.
import { rand, randn } from '@bp/tensor';
import { noGrad } from '@bp/autograd';
import { MLP, halfMSE } from '@bp/nn';
import type { BenchOptions } from '../options.js';
import { measure, median, timeOnce } from '../stats.js';

export interface CostRow {
  readonly sizes: readonly number[];
  readonly batch: number;
  readonly parameters: number;
  /** Backprop: ms for forward + loss + backward (median). */
  readonly backpropMs: number;
  /** Forward passes backprop needs (1, plus one backward pass). */
  readonly backpropForwardPasses: number;
  /** Forward differences: ms for the whole gradient. */
  readonly finiteDiffMs: number;
  /** Forward passes the finite-difference gradient made (one at the base point, one per parameter), counted. */
  readonly finiteDiffForwardPasses: number;
  readonly timeRatio: number;
  /** Largest |fd − backprop| over the gradient, relative to the largest |backprop| entry: both computed the same thing. */
  readonly maxRelDiff: number;
}

export interface CostResult {
  readonly method: string;
  readonly rows: readonly CostRow[];
}

const H = 1e-7;

export function runCost(options: BenchOptions, log: (line: string) => void): CostResult {
  const rows: CostRow[] = [];
  const { batch } = options.cost;
  for (const sizes of options.cost.nets) {
    const model = new MLP(sizes, { activation: 'sigmoid', seed: options.seed });
    const x = randn([batch, sizes[0]], { seed: options.seed + 1 });
    const y = rand([batch, sizes[sizes.length - 1]], { seed: options.seed + 2 });
    const params = model.parameters();
    const parameters = model.numParameters();

    const backprop = (): void => {
      model.zeroGrad();
      halfMSE(model.call(x), y).backward();
    };
    const bp = measure(backprop, {
      samples: options.reps,
      warmupMs: options.warmupMs,
      minSampleMs: options.minSampleMs,
    });
    backprop();
    const exact = params.flatMap((p) => Array.from(p.grad?.data ?? []));

    let passes = 0;
    const lossAt = (): number => {
      passes++;
      return noGrad(() => halfMSE(model.call(x), y).item());
    };
    const fd: number[] = [];
    const finiteDiff = (): void => {
      passes = 0;
      fd.length = 0;
      const base = lossAt();
      for (const p of params) {
        const d = p.data.data;
        for (let i = 0; i < d.length; i++) {
          const old = d[i];
          d[i] = old + H;
          fd.push((lossAt() - base) / H);
          d[i] = old;
        }
      }
    };
    // A whole finite-difference gradient is already thousands of forward passes: a few runs, the first as warm-up.
    const fdReps = parameters > 5000 ? 1 : Math.max(1, options.reps);
    finiteDiff();
    const fdTimes = Array.from({ length: fdReps }, () => timeOnce(finiteDiff));
    const finiteDiffMs = median(fdTimes);

    const scale = Math.max(...exact.map(Math.abs), 1e-300);
    const maxRelDiff = Math.max(...exact.map((g, i) => Math.abs(g - fd[i]))) / scale;
    rows.push({
      sizes,
      batch,
      parameters,
      backpropMs: bp.median,
      backpropForwardPasses: 1,
      finiteDiffMs,
      finiteDiffForwardPasses: passes,
      timeRatio: finiteDiffMs / bp.median,
      maxRelDiff,
    });
    log(
      `cost: [${sizes.join(', ')}] P=${parameters}: backprop ${bp.median.toFixed(3)} ms, finite differences ${finiteDiffMs.toFixed(1)} ms (${passes} forward passes)`,
    );
  }
  return {
    method: `forward differences, h = ${H}, one forward pass per parameter plus one at the base point`,
    rows,
  };
}
