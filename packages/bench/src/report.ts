// The terminal report (one table per case, then the targets) and the JSON file.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchResult } from './result.js';

type Align = 'l' | 'r';

/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const widths = headers.map((h, c) => Math.max([...h].length, ...rows.map((r) => [...(r[c] ?? '')].length)));
  const pad = (cell: string, c: number): string => {
    const fill = ' '.repeat(widths[c] - [...cell].length);
    return (align[c] ?? 'l') === 'r' ? fill + cell : cell + fill;
  };
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => pad(cell, c))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const fmt = (x: number | null | undefined, digits = 2): string =>
  x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits);
const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
const sig = (x: number): string => (Number.isFinite(x) ? x.toExponential(2) : 'n/a');

export function formatReport(r: BenchResult): string {
  const m = r.machine;
  const out: string[] = [
    `@bp bench (${r.mode}) — ${m.cpuModel}, ${m.cores} cores, Node ${m.node}, ${m.date}`,
    `load average at start ${m.loadAverage.join(' / ')}, at end ${r.loadAverageEnd.join(' / ')} (other work on the machine slows every engine)`,
  ];

  if (r.matmul) {
    const bp = new Map(r.matmul.rows.filter((row) => row.engine === '@bp').map((row) => [row.n, row.gflops]));
    out.push(
      '',
      'matmul n×n · n×n (median ms per product; GFLOP/s = 2n³ / time)',
      table(
        ['n', 'engine', 'dtype', 'ms', 'GFLOP/s', '× @bp', 'check'],
        r.matmul.rows.map((row) => [
          String(row.n),
          row.engine,
          row.dtype,
          fmt(row.msMedian, 3),
          fmt(row.gflops, 2),
          fmt(row.gflops / (bp.get(row.n) ?? Number.NaN), 2),
          row.relDiffVsBp === undefined ? '' : `rel diff ${row.relDiffVsBp.toExponential(1)}`,
        ]),
        ['r', 'l', 'l', 'r', 'r', 'r', 'l'],
      ),
    );
    for (const info of r.matmul.tfjs) {
      if (info.wasm)
        out.push(
          `tfjs-wasm ran ${info.wasm.binary} (SIMD ${info.wasm.simd ? 'on' : 'off'}, ${info.wasm.threads} thread${info.wasm.threads === 1 ? '' : 's'}; tfjs reports no multithreading in Node)`,
        );
    }
    if (r.matmul.numpy) out.push(r.matmul.numpy.note);
  }

  if (r.nielsen) {
    const n = r.nielsen;
    const base = n.rows.find((row) => row.engine === '@bp autograd')?.secondsPerEpoch ?? Number.NaN;
    out.push(
      '',
      `Nielsen [${n.sizes.join(', ')}], sigmoid, quadratic cost, batch ${n.batch}, η = ${n.eta}: ${n.train} training digits, ${n.test} test digits, ` +
        `${n.epochs} epoch${n.epochs === 1 ? '' : 's'} per training, median of ${n.trainings} training${n.trainings === 1 ? '' : 's'}`,
      table(
        ['engine', 'dtype', 's/epoch', '÷ @bp autograd', 'test accuracy', 'update'],
        n.rows.map((row) => [
          row.engine,
          row.dtype,
          fmt(row.secondsPerEpoch, 3),
          fmt(row.secondsPerEpoch / base, 2),
          pct(row.accuracy),
          row.note,
        ]),
        ['l', 'l', 'r', 'r', 'r', 'l'],
      ),
      `loss scaling: ${n.lossScaling}`,
      `initialisation: ${n.init}`,
      '',
      'where one @bp epoch goes (an extra instrumented epoch; timers add a little)',
      table(
        ['engine', 'phase', 'ms', 'share'],
        n.breakdown.flatMap((b) =>
          Object.entries(b.phases).map(([phase, ms]) => [b.engine, phase, fmt(ms, 1), pct(ms / b.totalMs)]),
        ),
        ['l', 'l', 'r', 'r'],
      ),
    );
  }

  if (r.scalar) {
    const s = r.scalar;
    out.push(
      '',
      `scalar engine: micrograd MLP(${s.sizes[0]}, [${s.sizes.slice(1).join(', ')}]) (${s.parameters} parameters) on ${s.points} moons, max-margin loss + 1e-4·L2, SGD, ${s.steps} steps`,
      table(
        ['ms/step (median)', 'per training', 'nodes/step', 'final loss', 'final accuracy'],
        [
          [
            fmt(s.msPerStep, 2),
            s.msPerStepRuns.map((x) => fmt(x, 2)).join(', '),
            String(s.nodesPerStep),
            fmt(s.finalLoss, 4),
            pct(s.finalAccuracy),
          ],
        ],
        ['r', 'l', 'r', 'r', 'r'],
      ),
    );
  }

  if (r.cost) {
    out.push(
      '',
      `the cost of a gradient: backprop (1 forward + 1 backward) vs ${r.cost.method}`,
      table(
        [
          'network',
          'batch',
          'P',
          'backprop ms',
          'finite diff ms',
          'forward passes',
          'time ratio',
          'ratio / P',
          'max rel diff',
        ],
        r.cost.rows.map((c) => [
          `[${c.sizes.join(', ')}]`,
          String(c.batch),
          String(c.parameters),
          fmt(c.backpropMs, 3),
          fmt(c.finiteDiffMs, 1),
          String(c.finiteDiffForwardPasses),
          fmt(c.timeRatio, 0),
          fmt(c.timeRatio / c.parameters, 2),
          sig(c.maxRelDiff),
        ]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
  }

  if (r.memory) {
    const mem = r.memory;
    out.push(
      '',
      `memory: heapUsed after each epoch of ${mem.engine} training on ${mem.train} digits (forced GC: ${mem.gc}); baseline before training ${fmt(mem.baselineMiB, 1)} MiB`,
      table(
        ['epoch', 'heapUsed MiB', 'rss MiB'],
        mem.heapMiB.map((h, i) => [String(i + 1), fmt(h, 2), fmt(mem.rssMiB[i], 1)]),
        ['r', 'r', 'r'],
      ),
      `verdict: ${mem.flat ? 'FLAT' : 'GROWING'} — last vs first epoch ${mem.growth >= 0 ? '+' : ''}${(mem.growth * 100).toFixed(2)}% (${mem.deltaMiB >= 0 ? '+' : ''}${fmt(mem.deltaMiB, 2)} MiB), tolerance ±${(mem.tolerance * 100).toFixed(0)}%`,
    );
  }

  if (r.targets.length > 0) {
    out.push(
      '',
      'targets (reported, not asserted)',
      table(
        ['', 'target', 'measured', 'goal', 'as'],
        r.targets.map((t) => [
          t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL',
          t.name,
          t.value === null ? 'n/a' : `${fmt(t.value, 2)}${t.unit === '×' ? '×' : ' ms'}`,
          t.goal,
          t.how,
        ]),
        ['l', 'l', 'r', 'l', 'l'],
      ),
    );
  }
  for (const note of r.notes) out.push(`note: ${note}`);
  out.push(`total ${fmt(r.durationSeconds, 1)} s`);
  return out.join('\n');
}

export function writeJson(file: string, r: BenchResult): string {
  const target = path.resolve(file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(r, null, 2)}\n`);
  return target;
}
