import { ArgumentError, ShapeError, type Tensor } from '@bp/tensor';

/** Checks that x and y hold the same number of examples and returns it. */
export function checkRows(op: string, ds: { readonly x: Tensor; readonly y: Tensor }): number {
  const { x, y } = ds;
  if (x.ndim === 0 || y.ndim === 0) {
    throw new ShapeError(op, `x and y need examples in rows (at least one dimension)`, [x.shape, y.shape]);
  }
  if (x.shape[0] !== y.shape[0]) {
    throw new ShapeError(op, `x has ${x.shape[0]} rows but y has ${y.shape[0]}`, [x.shape, y.shape]);
  }
  return x.shape[0];
}

export function checkPositiveInteger(op: string, name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new ArgumentError(op, name, `must be a positive integer, got ${String(value)}`);
  }
  return value;
}

export function checkNonNegative(op: string, name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ArgumentError(op, name, `must be a finite number ≥ 0, got ${String(value)}`);
  }
  return value;
}

/** A number strictly between 0 and 1 (a fraction of the examples, a ratio of radii). */
export function checkOpenUnit(op: string, name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new ArgumentError(op, name, `must be strictly between 0 and 1, got ${String(value)}`);
  }
  return value;
}

export function checkMatrix(op: string, name: string, t: Tensor): void {
  if (t.ndim !== 2) {
    throw new ShapeError(op, `${name} must be 2-d (examples in rows, features in columns), got ${t.ndim}-d`, [
      t.shape,
    ]);
  }
}
