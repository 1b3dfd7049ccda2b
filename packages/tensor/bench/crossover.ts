// Where the WebAssembly kernel starts to beat the TypeScript one: times gemm on both for small products and
// prints the ratio, to set WASM_MIN_WORK in src/matmul-backend.ts. Run: pnpm exec tsx bench/crossover.ts
import { gemm, randn, setMatmulBackend, wasmMatmulAvailable } from '../src/index.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

if (!wasmMatmulAvailable()) throw new Error('this engine cannot run the WebAssembly kernel');
const shapes = [
  [2, 2, 2],
  [4, 4, 4],
  [3, 5, 7],
  [8, 8, 8],
  [10, 10, 10],
  [16, 16, 16],
  [10, 10, 30],
  [10, 30, 10],
  [32, 32, 32],
];
for (const [m, n, k] of shapes) {
  const A = randn([m * k], { seed: 1 }).data;
  const B = randn([k * n], { seed: 2 }).data;
  const C = new Float64Array(m * n);
  const reps = Math.max(100, Math.round(2e6 / (m * n * k)));
  const ms = { wasm: [] as number[], js: [] as number[] };
  for (let r = 0; r < 9; r++) {
    for (const b of ['wasm', 'js'] as const) {
      setMatmulBackend(b);
      if (r === 0) for (let i = 0; i < reps; i++) gemm(m, n, k, A, 0, B, 0, C, 0); // warm-up
      const t0 = performance.now();
      for (let i = 0; i < reps; i++) gemm(m, n, k, A, 0, B, 0, C, 0);
      ms[b].push(((performance.now() - t0) / reps) * 1000);
    }
  }
  const [w, j] = [median(ms.wasm), median(ms.js)];
  console.log(
    `${m}×${n}×${k} (work ${m * n * k}): wasm ${w.toFixed(2)} µs, js ${j.toFixed(2)} µs, js ÷ wasm ${(j / w).toFixed(2)}`,
  );
}
