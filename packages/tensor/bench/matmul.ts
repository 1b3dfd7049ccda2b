// Prints @bp/tensor's matmul throughput (GFLOP/s, median of several runs after warm-up) for each backend, and
// the skinny products of training (Nielsen's [784, 30, 10] network at mini-batch 10).
// The backends are timed in alternation, so load from other processes falls on both alike.
// Run: pnpm --filter @bp/tensor bench
import {
  gemm,
  matmul,
  randn,
  setMatmulBackend,
  wasmMatmulAvailable,
  type MatmulBackend,
} from '../src/index.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const backends: MatmulBackend[] = wasmMatmulAvailable() ? ['wasm', 'js'] : ['js'];

/** Median ms per call of `run` for each backend (7 samples of `reps` calls each, interleaved). */
function time(run: () => void, flops: number): Map<MatmulBackend, number> {
  const reps = Math.max(1, Math.round(1e8 / flops));
  const times = new Map<MatmulBackend, number[]>(backends.map((b) => [b, []]));
  for (const b of backends) {
    setMatmulBackend(b);
    for (let i = 0; i < 2 * reps; i++) run(); // warm-up (and WebAssembly tier-up)
  }
  for (let r = 0; r < 7; r++) {
    for (const b of backends) {
      setMatmulBackend(b);
      const t0 = performance.now();
      for (let i = 0; i < reps; i++) run();
      times.get(b)!.push((performance.now() - t0) / reps);
    }
  }
  setMatmulBackend('auto');
  return new Map(backends.map((b) => [b, median(times.get(b)!)]));
}

function report(label: string, flops: number, ms: Map<MatmulBackend, number>): void {
  const cells = [...ms].map(([b, t]) => `${b} ${t.toFixed(3)} ms ${(flops / (t * 1e6)).toFixed(2)} GFLOP/s`);
  console.log(`${label.padEnd(34)} ${cells.join('   ')}`);
}

for (const n of [64, 128, 256, 512]) {
  const a = randn([n, n], { seed: 1 });
  const b = randn([n, n], { seed: 2 });
  const flops = 2 * n ** 3;
  report(
    `matmul ${n}×${n}`,
    flops,
    time(() => matmul(a, b), flops),
  );
}

// gemm(m, n, k, …) with the flags nn's Linear passes: forward x·Wᵀ, backward gz·W and gzᵀ·x.
const skinny: [string, number, number, number, boolean, boolean][] = [
  ['forward  [10×784]·[30×784]ᵀ', 10, 30, 784, false, true],
  ['backward [10×30]ᵀ·[10×784]', 30, 784, 10, true, false],
  ['forward  [10×30]·[10×30]ᵀ', 10, 10, 30, false, true],
  ['backward [10×10]·[10×30]', 10, 30, 10, false, false],
];
for (const [label, m, n, k, transA, transB] of skinny) {
  const A = randn([m * k], { seed: 3 }).data;
  const B = randn([k * n], { seed: 4 }).data;
  const C = new Float64Array(m * n);
  const flops = 2 * m * n * k;
  report(
    label,
    flops,
    time(() => gemm(m, n, k, A, 0, B, 0, C, 0, { transA, transB }), flops),
  );
}
