#!/usr/bin/env node
// The full E6 run: `pnpm --filter @bp/demo nielsen [--epochs 30] [--train 8000] [--test 2000] [--seed 1]`.
// Prints seconds and held-out accuracy per epoch, then the mean time per epoch and the best accuracy.
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { trainNielsen } from './nielsen.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '30' },
    train: { type: 'string', default: '8000' },
    test: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
  },
});
const epochs = Number(values.epochs);
console.log(
  `Nielsen [784, 30, 10], sigmoid, quadratic cost, m = 10, η = 3.0; ${values.train} train / ${values.test} test digits`,
);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
const result = await trainNielsen({
  epochs,
  train: Number(values.train),
  test: Number(values.test),
  seed: Number(values.seed),
  onEpoch: (epoch, seconds, accuracy) =>
    console.log(
      `epoch ${String(epoch).padStart(2)}: ${seconds.toFixed(2)} s, test accuracy ${(accuracy * 100).toFixed(2)}%`,
    ),
});
const mean = result.secondsPerEpoch.reduce((s, t) => s + t, 0) / result.secondsPerEpoch.length;
console.log(
  `mean ${mean.toFixed(2)} s per epoch; final ${(result.testAccuracy.at(-1)! * 100).toFixed(2)}%, best ${(Math.max(...result.testAccuracy) * 100).toFixed(2)}%`,
);
