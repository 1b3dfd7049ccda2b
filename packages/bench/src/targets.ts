// The targets, as ratios from the same run. Reported PASS/FAIL, never asserted.
import type { MatmulResult } from './cases/matmul.js';
import type { NielsenResult } from './cases/nielsen.js';
import type { ScalarResult } from './cases/scalar.js';

export interface Target {
  readonly name: string;
  /** The measured ratio (or value), null when a figure it needs was not measured. */
  readonly value: number | null;
  readonly unit: '×' | 'ms';
  /** The condition, e.g. '> 1' or '≤ 15'. */
  readonly goal: string;
  readonly pass: boolean | null;
  readonly how: string;
}

function target(
  name: string,
  value: number | null,
  unit: Target['unit'],
  goal: string,
  test: (v: number) => boolean,
  how: string,
): Target {
  return {
    name,
    value,
    unit,
    goal,
    pass: value === null || !Number.isFinite(value) ? null : test(value),
    how,
  };
}

export function evaluateTargets(r: {
  matmul?: MatmulResult;
  nielsen?: NielsenResult;
  scalar?: ScalarResult;
}): Target[] {
  const out: Target[] = [];
  const epoch = (engine: string): number | null =>
    r.nielsen?.rows.find((row) => row.engine === engine)?.secondsPerEpoch ?? null;
  const ratio = (num: number | null, den: number | null): number | null =>
    num === null || den === null ? null : num / den;
  for (const bp of ['@bp autograd', '@bp ManualMLP']) {
    out.push(
      target(
        `Nielsen epoch: ${bp} faster than tfjs-wasm`,
        ratio(epoch('tfjs-wasm'), epoch(bp)),
        '×',
        '> 1',
        (v) => v > 1,
        `tfjs-wasm s/epoch ÷ ${bp} s/epoch`,
      ),
      target(
        `Nielsen epoch: ${bp} ≥ 3× faster than tfjs-cpu`,
        ratio(epoch('tfjs-cpu'), epoch(bp)),
        '×',
        '≥ 3',
        (v) => v >= 3,
        `tfjs-cpu s/epoch ÷ ${bp} s/epoch`,
      ),
    );
  }
  const gflops = (engine: string): number | null =>
    r.matmul?.rows.find((row) => row.n === 256 && row.engine === engine)?.gflops ?? null;
  out.push(
    target(
      'matmul 256: @bp ≥ 10× tfjs-cpu GFLOP/s',
      ratio(gflops('@bp'), gflops('tfjs-cpu')),
      '×',
      '≥ 10',
      (v) => v >= 10,
      '@bp GFLOP/s ÷ tfjs-cpu GFLOP/s',
    ),
    target(
      'matmul 256: @bp within 3× of tfjs-wasm',
      ratio(gflops('tfjs-wasm'), gflops('@bp')),
      '×',
      '≤ 3',
      (v) => v <= 3,
      'tfjs-wasm GFLOP/s ÷ @bp GFLOP/s',
    ),
    target(
      'scalar engine ≤ 15 ms per step',
      r.scalar?.msPerStep ?? null,
      'ms',
      '≤ 15',
      (v) => v <= 15,
      r.scalar === undefined
        ? 'not measured'
        : `MLP(${r.scalar.sizes[0]}, [${r.scalar.sizes.slice(1).join(', ')}]) on ${r.scalar.points} moons, median ms per step`,
    ),
  );
  return out;
}
