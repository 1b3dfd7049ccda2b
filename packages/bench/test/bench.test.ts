// The bench runs end to end on toy sizes and writes well-formed JSON. No timing is asserted: speed is what the
// bench prints, not what a test checks.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../src/options.js';
import { formatReport, writeJson } from '../src/report.js';
import type { BenchResult } from '../src/result.js';
import { runBench } from '../src/run.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bp-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const positive = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x > 0;

describe('bench --tiny', () => {
  it('runs every case against @bp, tfjs-cpu, tfjs-wasm and brain.js and writes the JSON', async () => {
    const file = path.join(dir, 'tiny.json');
    const { options } = parseArgs(['--tiny', '--peers', 'tfjs-cpu,tfjs-wasm,brain', '--json', file]);
    const result = await runBench(options, 'bench --tiny');
    writeJson(file, result);
    const json = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;

    expect(json.schema).toBe('bp-bench/1');
    expect(json.machine.cores).toBeGreaterThan(0);
    expect(typeof json.machine.cpuModel).toBe('string');
    expect(json.machine.node).toBe(process.version);
    expect(Number.isNaN(Date.parse(json.machine.date))).toBe(false);

    const matmul = json.matmul?.rows ?? [];
    expect(new Set(matmul.map((r) => r.engine))).toEqual(new Set(['@bp', 'tfjs-cpu', 'tfjs-wasm']));
    expect(matmul).toHaveLength(2 * 3);
    for (const row of matmul) {
      expect(positive(row.msMedian) && positive(row.gflops)).toBe(true);
      // The peers computed the same product as @bp (to float32 rounding).
      if (row.relDiffVsBp !== undefined) expect(row.relDiffVsBp).toBeLessThan(1e-4);
    }
    expect(json.matmul?.tfjs.find((b) => b.backend === 'wasm')?.wasm?.binary).toMatch(/\.wasm$/);

    const nielsen = json.nielsen;
    expect(nielsen?.rows.map((r) => r.engine)).toEqual([
      '@bp autograd',
      '@bp ManualMLP',
      'tfjs-cpu',
      'tfjs-wasm',
      'brain.js',
    ]);
    for (const row of nielsen?.rows ?? []) {
      expect(positive(row.secondsPerEpoch)).toBe(true);
      expect(row.accuracy).toBeGreaterThanOrEqual(0);
      expect(row.accuracy).toBeLessThanOrEqual(1);
    }
    expect(nielsen?.breakdown.map((b) => b.engine)).toEqual(['@bp autograd', '@bp ManualMLP']);

    expect(positive(json.scalar?.msPerStep)).toBe(true);
    expect(json.scalar?.nodesPerStep).toBeGreaterThan(json.scalar?.parameters ?? Infinity);

    for (const row of json.cost?.rows ?? []) {
      // Forward differences: one pass at the base point and one per parameter, counted as they ran.
      expect(row.finiteDiffForwardPasses).toBe(row.parameters + 1);
      expect(row.maxRelDiff).toBeLessThan(1e-3);
    }
    expect(json.cost?.rows).toHaveLength(2);

    expect(json.memory?.heapMiB).toHaveLength(3);
    expect(typeof json.memory?.flat).toBe('boolean');

    expect(json.targets.length).toBeGreaterThan(0);
    for (const t of json.targets) expect(t.pass === null || typeof t.pass === 'boolean').toBe(true);

    const report = formatReport(json);
    for (const heading of ['matmul', 'Nielsen', 'scalar engine', 'cost of a gradient', 'memory', 'targets'])
      expect(report).toContain(heading);
  }, 60_000);

  it('runs only the cases asked for', async () => {
    const { options } = parseArgs(['--tiny', '--only', 'scalar', '--peers', 'tfjs-cpu']);
    const result = await runBench(options, 'bench --tiny --only scalar');
    expect(result.scalar).toBeDefined();
    expect(result.matmul ?? result.nielsen ?? result.cost ?? result.memory).toBeUndefined();
  });
});

describe('flags', () => {
  it('parses the documented flags', () => {
    const { options } = parseArgs([
      '--quick',
      '--only',
      'matmul,nielsen',
      '--epochs',
      '3',
      '--json',
      'x.json',
      '--peers',
      'brain',
    ]);
    expect(options.mode).toBe('quick');
    expect(options.only).toEqual(['matmul', 'nielsen']);
    expect(options.nielsen.epochs).toBe(3);
    expect(options.json).toBe('x.json');
    expect(options.peers).toEqual(['brain']);
  });

  it('refuses unknown cases and flags', () => {
    expect(() => parseArgs(['--only', 'speed'])).toThrow(UsageError);
    expect(() => parseArgs(['--fast'])).toThrow(UsageError);
    expect(() => parseArgs(['--epochs', '0'])).toThrow(UsageError);
  });
});
