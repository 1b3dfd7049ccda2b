// n×n by n×n matrix products: @bp (float64, packed 4×4 kernel) against tfjs-cpu and tfjs-wasm (float32) and,
// when present, numpy (float64 BLAS in a child process). GFLOP/s counts 2n³ flops per product.
import { matmul, randn, type Tensor } from '@bp/tensor';
import type { BenchOptions } from '../options.js';
import { calibrate, sample, summarise } from '../stats.js';
import { numpyMatmul, type NumpyResult } from '../peers/numpy.js';
import { tfjsMatmul, useTfjs, type TfjsBackendInfo } from '../peers/tfjs.js';

export interface MatmulRow {
  readonly n: number;
  readonly engine: string;
  readonly dtype: 'float64' | 'float32';
  readonly msMedian: number;
  readonly msMin: number;
  readonly gflops: number;
  readonly samples: readonly number[];
  /** Calls timed together per sample (unknown for numpy, timed in its own process). */
  readonly callsPerSample?: number;
  /** max |C − C_bp| / max |C_bp|: the peer computed the same product (float32 rounding aside). */
  readonly relDiffVsBp?: number;
}

export interface MatmulResult {
  readonly rows: readonly MatmulRow[];
  readonly tfjs: readonly TfjsBackendInfo[];
  readonly numpy: Omit<NumpyResult, 'rows'> | null;
}

interface Product {
  call(): void;
  result(): ArrayLike<number>;
  dispose(): void;
}

interface Contender {
  readonly engine: string;
  readonly dtype: 'float64' | 'float32';
  /** Makes this engine current (switches the tfjs backend) and readies the operands, outside the clock. */
  prepare(a: Tensor, b: Tensor): Promise<Product>;
}

const gflops = (n: number, ms: number): number => (2 * n ** 3) / (ms * 1e6);

function relDiff(c: ArrayLike<number>, ref: Tensor): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < ref.size; i++) {
    diff = Math.max(diff, Math.abs(c[i] - ref.data[i]));
    scale = Math.max(scale, Math.abs(ref.data[i]));
  }
  return diff / scale;
}

export async function runMatmul(
  options: BenchOptions,
  cores: number,
  log: (line: string) => void,
): Promise<MatmulResult> {
  const tfjs: TfjsBackendInfo[] = [];
  const contenders: Contender[] = [
    {
      engine: '@bp',
      dtype: 'float64',
      prepare: (a, b) =>
        Promise.resolve({
          call: () => void matmul(a, b),
          result: () => matmul(a, b).data,
          dispose: () => {},
        }),
    },
  ];
  for (const backend of ['cpu', 'wasm'] as const) {
    if (!options.peers.includes(`tfjs-${backend}`)) continue;
    tfjs.push((await useTfjs(backend)).info);
    contenders.push({
      engine: `tfjs-${backend}`,
      dtype: 'float32',
      prepare: async (a, b) => {
        const { tf } = await useTfjs(backend);
        return tfjsMatmul(tf, Float32Array.from(a.data), Float32Array.from(b.data), a.shape[0]);
      },
    });
  }

  const rows: MatmulRow[] = [];
  for (const n of options.matmul.sizes) {
    const a = randn([n, n], { seed: options.seed });
    const b = randn([n, n], { seed: options.seed + 1 });
    const reference = matmul(a, b);
    const calls: number[] = [];
    for (const c of contenders) {
      const product = await c.prepare(a, b);
      calls.push(
        calibrate(() => product.call(), {
          warmupMs: options.warmupMs,
          minSampleMs: options.minSampleMs,
          warmupCalls: 3,
        }),
      );
      product.dispose();
    }
    const samples: number[][] = contenders.map(() => []);
    const checks: (number | undefined)[] = contenders.map(() => undefined);
    for (let round = 0; round < options.reps; round++) {
      for (const [i, c] of contenders.entries()) {
        const product = await c.prepare(a, b);
        product.call(); // the operands' first use (tfjs uploads them) stays outside the clock
        samples[i].push(sample(() => product.call(), calls[i]));
        if (round === 0 && c.engine !== '@bp') checks[i] = relDiff(product.result(), reference);
        product.dispose();
      }
    }
    contenders.forEach((c, i) => {
      const s = summarise(samples[i], calls[i]);
      rows.push({
        n,
        engine: c.engine,
        dtype: c.dtype,
        msMedian: s.median,
        msMin: s.min,
        gflops: gflops(n, s.median),
        samples: s.samples,
        callsPerSample: calls[i],
        relDiffVsBp: checks[i],
      });
      log(
        `matmul: n=${n} ${c.engine} ${s.median.toFixed(3)} ms (samples ${s.samples.map((x) => x.toFixed(3)).join(', ')})`,
      );
    });
  }

  let numpy: MatmulResult['numpy'] = null;
  if (options.peers.includes('numpy')) {
    log('matmul: numpy (child process)');
    const np = numpyMatmul({
      sizes: options.matmul.sizes,
      samples: options.reps,
      warmupMs: options.warmupMs,
      minSampleMs: options.minSampleMs,
      seed: options.seed,
      cores,
    });
    numpy = { available: np.available, note: np.note, version: np.version, blas: np.blas };
    for (const r of np.rows) {
      rows.push({
        n: r.n,
        engine: `numpy (${r.threads} thread${r.threads === '1' ? '' : 's'})`,
        dtype: 'float64',
        msMedian: r.msMedian,
        msMin: Math.min(...r.samples),
        gflops: gflops(r.n, r.msMedian),
        samples: r.samples,
      });
    }
  }
  rows.sort((p, q) => p.n - q.n);
  return { rows, tfjs, numpy };
}
