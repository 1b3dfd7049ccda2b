import { ShapeError, fromData, type Tensor } from '@bp/tensor';
import { checkMatrix } from './check.js';

/** Per-feature statistics; columns of x are features. */
function columns(op: string, x: Tensor): { n: number; f: number } {
  checkMatrix(op, 'x', x);
  const [n, f] = x.shape;
  if (n === 0) throw new ShapeError(op, 'x has no rows to compute statistics from', [x.shape]);
  return { n, f };
}

function checkStats(op: string, x: Tensor, stats: Tensor[]): void {
  checkMatrix(op, 'x', x);
  for (const s of stats) {
    if (s.ndim !== 1 || s.shape[0] !== x.shape[1]) {
      throw new ShapeError(op, `stats must be 1-d with one entry per feature of x (${x.shape[1]})`, [
        x.shape,
        s.shape,
      ]);
    }
  }
}

/** (x − shift) / scale, column by column. */
function affine(x: Tensor, shift: Tensor, scale: Tensor): Tensor {
  const [n, f] = x.shape;
  const out = new Float64Array(n * f);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < f; j++) out[i * f + j] = (x.data[i * f + j] - shift.data[j]) / scale.data[j];
  }
  return fromData(out, [n, f]);
}

export interface Standardisation {
  /** Mean of each feature, `[features]`. */
  readonly mean: Tensor;
  /** Population standard deviation of each feature (1 where a feature is constant), `[features]`. */
  readonly std: Tensor;
}

/**
 * Shifts and scales every feature (column) of x to mean 0 and standard deviation 1. Without `stats` they are
 * computed from x; pass the returned `stats` to apply the training set's transform to test data.
 */
export function standardise(x: Tensor, stats?: Standardisation): { x: Tensor; stats: Standardisation } {
  if (stats !== undefined) {
    checkStats('standardise', x, [stats.mean, stats.std]);
    return { x: affine(x, stats.mean, stats.std), stats };
  }
  const { n, f } = columns('standardise', x);
  const mean = new Float64Array(f);
  const std = new Float64Array(f);
  for (let i = 0; i < n; i++) for (let j = 0; j < f; j++) mean[j] += x.data[i * f + j] / n;
  for (let i = 0; i < n; i++) for (let j = 0; j < f; j++) std[j] += (x.data[i * f + j] - mean[j]) ** 2 / n;
  // A constant feature stays 0 after centring rather than becoming 0/0.
  for (let j = 0; j < f; j++) std[j] = std[j] > 0 ? Math.sqrt(std[j]) : 1;
  const fitted = { mean: fromData(mean, [f]), std: fromData(std, [f]) };
  return { x: affine(x, fitted.mean, fitted.std), stats: fitted };
}

export interface Normalisation {
  /** Minimum of each feature, `[features]`. */
  readonly min: Tensor;
  /** Maximum − minimum of each feature (1 where a feature is constant), `[features]`. */
  readonly range: Tensor;
}

/**
 * Rescales every feature (column) of x to [0, 1] by its minimum and maximum (min-max scaling). Without `stats`
 * they are computed from x; test data transformed with the training `stats` may fall slightly outside [0, 1].
 */
export function normalise(x: Tensor, stats?: Normalisation): { x: Tensor; stats: Normalisation } {
  if (stats !== undefined) {
    checkStats('normalise', x, [stats.min, stats.range]);
    return { x: affine(x, stats.min, stats.range), stats };
  }
  const { n, f } = columns('normalise', x);
  const min = new Float64Array(f).fill(Infinity);
  const max = new Float64Array(f).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < f; j++) {
      const v = x.data[i * f + j];
      if (v < min[j]) min[j] = v;
      if (v > max[j]) max[j] = v;
    }
  }
  const range = max.map((m, j) => (m > min[j] ? m - min[j] : 1));
  const fitted = { min: fromData(min, [f]), range: fromData(range, [f]) };
  return { x: affine(x, fitted.min, fitted.range), stats: fitted };
}
