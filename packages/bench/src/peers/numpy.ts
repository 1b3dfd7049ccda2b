// numpy's matmul as a reference line, in a child process (the only figure not measured in this process).
// Skipped with a note when python3 or numpy is missing.
import { spawnSync } from 'node:child_process';

export interface NumpyMatmul {
  readonly n: number;
  readonly threads: string;
  readonly msMedian: number;
  readonly samples: readonly number[];
}

export interface NumpyResult {
  readonly available: boolean;
  readonly note: string;
  readonly version?: string;
  readonly blas?: string;
  readonly rows: readonly NumpyMatmul[];
}

// Same protocol as stats.ts: warm up, calibrate calls per sample to last minSampleMs, median of the samples.
const SCRIPT = String.raw`
import json, sys, time
import numpy as np
args = json.loads(sys.argv[1])
rng = np.random.default_rng(args["seed"])
rows = []
for n in args["sizes"]:
    a = rng.standard_normal((n, n)); b = rng.standard_normal((n, n))
    end = time.perf_counter() + args["warmupMs"] / 1000
    last = 0.0
    while True:
        t = time.perf_counter(); a @ b; last = time.perf_counter() - t
        if time.perf_counter() >= end: break
    calls = max(1, int(-(-args["minSampleMs"] / 1000 // max(last, 1e-6))))
    samples = []
    for _ in range(args["samples"]):
        t = time.perf_counter()
        for _ in range(calls): a @ b
        samples.append((time.perf_counter() - t) / calls * 1000)
    samples.sort()
    m = len(samples) // 2
    med = samples[m] if len(samples) % 2 else (samples[m - 1] + samples[m]) / 2
    rows.append({"n": n, "msMedian": med, "samples": samples})
cfg = np.show_config(mode="dicts") if hasattr(np, "show_config") else {}
blas = cfg.get("Build Dependencies", {}).get("blas", {}) if isinstance(cfg, dict) else {}
print(json.dumps({"version": np.__version__, "blas": "%s %s" % (blas.get("name", "?"), blas.get("version", "")), "rows": rows}))
`;

interface ScriptOutput {
  version: string;
  blas: string;
  rows: { n: number; msMedian: number; samples: number[] }[];
}

export function numpyMatmul(options: {
  sizes: readonly number[];
  samples: number;
  warmupMs: number;
  minSampleMs: number;
  seed: number;
  cores: number;
}): NumpyResult {
  const args = JSON.stringify({ ...options });
  const rows: NumpyMatmul[] = [];
  let version: string | undefined;
  let blas: string | undefined;
  // One BLAS thread is the like-for-like line (every JS engine here runs on one thread); the default uses every core.
  for (const threads of ['1', String(options.cores)]) {
    const env = {
      ...process.env,
      OPENBLAS_NUM_THREADS: threads,
      OMP_NUM_THREADS: threads,
      MKL_NUM_THREADS: threads,
    };
    const run = spawnSync('python3', ['-c', SCRIPT, args], { env, encoding: 'utf8', timeout: 120_000 });
    if (run.error !== undefined || run.status !== 0) {
      const why = run.error?.message ?? run.stderr.trim().split('\n').pop() ?? `exit ${String(run.status)}`;
      return { available: false, note: `numpy skipped: ${why}`, rows: [] };
    }
    const out = JSON.parse(run.stdout) as ScriptOutput;
    version = out.version;
    blas = out.blas;
    for (const r of out.rows) rows.push({ n: r.n, threads, msMedian: r.msMedian, samples: r.samples });
  }
  return {
    available: true,
    note: `numpy ${version ?? '?'} (${blas ?? '?'}), float64, child process`,
    version,
    blas,
    rows,
  };
}
