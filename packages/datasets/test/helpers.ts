import { fromData, type Tensor } from '@bp/tensor';
import type { Dataset } from '../src/index.js';

/** Class index of every row of a label column. */
export const labelsOf = (y: Tensor): number[] => Array.from(y.data);

/** How many rows carry each class index 0..k−1. */
export function counts(y: Tensor, k: number): number[] {
  const c = new Array<number>(k).fill(0);
  for (const v of y.data) c[v] += 1;
  return c;
}

/** The rows of x as plain arrays. */
export const rowsOf = (x: Tensor): number[][] => x.toArray() as number[][];

/** n examples whose single target is their own row number, so every row can be traced through a transform. */
export function numbered(n: number, features = 2): Dataset {
  const x = new Float64Array(n * features).map((_, i) => Math.floor(i / features) * 10 + (i % features));
  const y = new Float64Array(n).map((_, i) => i);
  return { x: fromData(x, [n, features]), y: fromData(y, [n, 1]) };
}

/** Mean of each column over the rows whose label is `label`. */
export function classMean(ds: Dataset, label: number): number[] {
  const rows = rowsOf(ds.x).filter((_, i) => ds.y.data[i] === label);
  return rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
}
