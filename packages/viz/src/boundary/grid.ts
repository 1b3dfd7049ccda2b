// Evaluating the classifier on a grid of cell centres, one call for the whole grid when it can batch.
import { ArgumentError, ShapeError } from '../errors.js';

/** The classifier's output at one point: a probability of the higher class, or a score (logit, margin). */
export type PointPredictor = (x: number, y: number) => number;

/** A classifier evaluated on many points in one call: much faster for a model that runs on whole batches. */
export interface BatchPredictor {
  /**
   * `grid` holds n points as x0, y0, x1, y1, … (row-major from the top-left cell, so
   * `fromData(grid, [n, 2])` is a batch of inputs); return the n outputs in the same order.
   */
  readonly batch: (grid: Float64Array) => ArrayLike<number>;
}

export type Predictor = PointPredictor | BatchPredictor;

export interface Box {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Outputs of `predict` at the centres of cols × rows cells covering `box`, row-major from the top-left. */
export function evaluateGrid(
  op: string,
  predict: Predictor,
  box: Box,
  cols: number,
  rows: number,
): Float64Array {
  const n = cols * rows;
  const grid = new Float64Array(2 * n);
  for (let r = 0; r < rows; r++) {
    const y = box.yMax - ((r + 0.5) / rows) * (box.yMax - box.yMin);
    for (let c = 0; c < cols; c++) {
      const i = 2 * (r * cols + c);
      grid[i] = box.xMin + ((c + 0.5) / cols) * (box.xMax - box.xMin);
      grid[i + 1] = y;
    }
  }
  if (typeof predict === 'function') {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = toNumber(predict(grid[2 * i], grid[2 * i + 1]));
    return out;
  }
  if (predict === null || typeof predict !== 'object' || typeof predict.batch !== 'function') {
    throw new ArgumentError(
      op,
      'predict',
      'must be a function (x, y) => number or an object with batch(grid)',
    );
  }
  const result = predict.batch(grid);
  if (result === null || typeof result !== 'object' || result.length !== n) {
    throw new ShapeError(op, `predict.batch must return one number per grid point (${n})`, [
      [Number(result?.length ?? 0)],
      [n],
    ]);
  }
  return Float64Array.from(result, toNumber);
}

// A non-number output (undefined from a buggy model) is treated like NaN: an unknown cell, drawn grey.
const toNumber = (x: unknown): number => (typeof x === 'number' ? x : NaN);
