// Runs the chosen cases one after another in this process and gathers their results.
import { machineInfo } from './machine.js';
import os from 'node:os';
import type { BenchOptions } from './options.js';
import type { BenchResult } from './result.js';
import { evaluateTargets } from './targets.js';
import { runMatmul } from './cases/matmul.js';
import { runNielsen } from './cases/nielsen.js';
import { runScalar } from './cases/scalar.js';
import { runCost } from './cases/cost.js';
import { runMemory } from './cases/memory.js';

export async function runBench(
  options: BenchOptions,
  command: string,
  log: (line: string) => void = () => {},
): Promise<BenchResult> {
  const start = performance.now();
  const machine = machineInfo();
  const on = (name: BenchOptions['only'][number]): boolean => options.only.includes(name);
  const notes: string[] = [];
  if (!options.peers.includes('numpy') && on('matmul')) notes.push('numpy not requested (--peers)');

  const matmul = on('matmul') ? await runMatmul(options, machine.cores, log) : undefined;
  if (matmul?.numpy && !matmul.numpy.available) notes.push(matmul.numpy.note);
  const nielsen = on('nielsen') ? await runNielsen(options, log) : undefined;
  const scalar = on('scalar') ? runScalar(options, log) : undefined;
  const cost = on('cost') ? runCost(options, log) : undefined;
  // Last: the memory readings should not depend on what ran before, but the timings should not pay for its GCs.
  const memory = on('memory') ? await runMemory(options, log) : undefined;
  if (options.mode !== 'full')
    notes.push(`${options.mode} mode: smaller sizes and fewer repetitions than the README's figures`);

  return {
    schema: 'bp-bench/1',
    machine,
    command,
    mode: options.mode,
    cases: options.only,
    peers: options.peers,
    seed: options.seed,
    matmul,
    nielsen,
    scalar,
    cost,
    memory,
    targets: evaluateTargets({ matmul, nielsen, scalar }),
    notes,
    durationSeconds: (performance.now() - start) / 1000,
    loadAverageEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
