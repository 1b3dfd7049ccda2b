// A loss curve for the terminal: a few rows of Unicode block characters, printed by `fit` at the end of a run
// when its progress output is on.
import { ArgumentError } from '@bp/tensor';
import { positiveInteger } from '../validate.js';

export interface TextChartOptions {
  /** Columns of bars at most; longer series are averaged down into this many (default 60). */
  width?: number;
  /** Rows of bars (default 5); each row shows eight levels with ▁…█, so 5 rows resolve 40 levels. */
  height?: number;
  /** Written before the max label, e.g. 'loss' (default none). */
  label?: string;
  /** Text of the line under the bars (default `1 … n`, the first and last index counted from 1). */
  footer?: string;
}

const BLOCKS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/** Drawn at the bottom of a column whose values are all NaN or infinite (a diverged run). */
const MISSING = '×';

/**
 * The series as a bar chart in text: the top row is labelled with the largest finite value, the bottom row with
 * the smallest, one column per value (or per bucket of values when there are more than `width`). A constant
 * series is drawn at half height. Returns the lines joined with `\n` (no final newline); '' for no values.
 */
export function textChart(values: readonly number[], options: TextChartOptions = {}): string {
  if (!Array.isArray(values) || values.some((v) => typeof v !== 'number')) {
    throw new ArgumentError('textChart', 'values', 'must be an array of numbers');
  }
  const width = positiveInteger('textChart', 'width', options.width ?? 60);
  const height = positiveInteger('textChart', 'height', options.height ?? 5);
  if (values.length === 0) return '';
  const columns = downsample(values, width);
  const finite = columns.filter(Number.isFinite);
  const lo = finite.length > 0 ? Math.min(...finite) : 0;
  const hi = finite.length > 0 ? Math.max(...finite) : 0;
  const levels = height * 8;
  // Eighths of a row filled per column: at least one for a finite value, so the minimum stays visible.
  const filled = columns.map((v) => {
    if (!Number.isFinite(v)) return -1;
    if (!(hi > lo)) return levels / 2;
    return Math.max(1, Math.round(((v - lo) / (hi - lo)) * levels));
  });

  const top = `${options.label === undefined ? '' : `${options.label} `}${format(hi)}`;
  const bottom = format(lo);
  const gutter = Math.max(top.length, bottom.length);
  const lines: string[] = [];
  for (let row = 0; row < height; row++) {
    const base = (height - 1 - row) * 8; // eighths below this row
    const bars = filled
      .map((f) => (f < 0 ? (row === height - 1 ? MISSING : ' ') : BLOCKS[Math.min(8, Math.max(0, f - base))]))
      .join('');
    const label = row === 0 ? top : row === height - 1 ? bottom : '';
    lines.push(
      `${label.padStart(gutter)} ${row === 0 ? '┤' : row === height - 1 ? '┤' : '│'}${bars}`.trimEnd(),
    );
  }
  const footer = options.footer ?? (values.length === 1 ? '1' : `1 … ${values.length}`);
  lines.push(`${' '.repeat(gutter)} └${footer}`);
  return lines.join('\n');
}

/** At most `width` columns: each the mean of the finite values of its bucket (NaN if it has none). */
function downsample(values: readonly number[], width: number): number[] {
  if (values.length <= width) return [...values];
  return Array.from({ length: width }, (_, c) => {
    const start = Math.floor((c * values.length) / width);
    const end = Math.floor(((c + 1) * values.length) / width);
    let sum = 0;
    let count = 0;
    for (let i = start; i < end; i++) {
      if (Number.isFinite(values[i])) {
        sum += values[i];
        count++;
      }
    }
    return count > 0 ? sum / count : NaN;
  });
}

function format(x: number): string {
  return Math.abs(x) >= 1e-3 || x === 0 ? String(Number(x.toPrecision(4))) : x.toExponential(2);
}
