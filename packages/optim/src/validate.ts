import { ArgumentError } from '@bp/tensor';

// Hyperparameter checks shared by optimizers and schedules; each error names the owner and the argument.

export function finite(owner: string, name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ArgumentError(owner, name, `must be a finite number, got ${String(value)}`);
  }
  return value;
}

export function nonNegative(owner: string, name: string, value: number): number {
  finite(owner, name, value);
  if (value < 0) throw new ArgumentError(owner, name, `must be ≥ 0, got ${value}`);
  return value;
}

export function positive(owner: string, name: string, value: number): number {
  finite(owner, name, value);
  if (value <= 0) throw new ArgumentError(owner, name, `must be > 0, got ${value}`);
  return value;
}

export function positiveInteger(owner: string, name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new ArgumentError(owner, name, `must be a positive integer, got ${String(value)}`);
  }
  return value;
}

export function nonNegativeInteger(owner: string, name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new ArgumentError(owner, name, `must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/** A coefficient of an exponential moving average: 0 ≤ β < 1. */
export function beta(owner: string, name: string, value: number): number {
  finite(owner, name, value);
  if (value < 0 || value >= 1) throw new ArgumentError(owner, name, `must be in [0, 1), got ${value}`);
  return value;
}
