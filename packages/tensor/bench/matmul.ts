// Prints @bp/tensor's matmul throughput (GFLOP/s, median of several runs after warm-up).
// Run: pnpm --filter @bp/tensor bench
import { matmul, randn } from '../src/index.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

for (const n of [64, 128, 256, 512]) {
  const a = randn([n, n], { seed: 1 });
  const b = randn([n, n], { seed: 2 });
  const reps = Math.max(1, Math.round(2e8 / (2 * n ** 3)));
  for (let i = 0; i < reps; i++) matmul(a, b); // warm-up
  const times: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) matmul(a, b);
    times.push((performance.now() - t0) / reps);
  }
  const ms = median(times);
  console.log(`matmul ${n}×${n}: ${ms.toFixed(3)} ms, ${((2 * n ** 3) / (ms * 1e6)).toFixed(2)} GFLOP/s`);
}
