import { ArgumentError } from '@bp/tensor';

// Option checks shared by every picture; each error names the function and the argument.

export function integerIn(owner: string, name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ArgumentError(owner, name, `must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

export function positiveFinite(owner: string, name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ArgumentError(owner, name, `must be a finite number > 0, got ${String(value)}`);
  }
  return value;
}

export function atLeast(owner: string, name: string, value: number, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new ArgumentError(owner, name, `must be a finite number ≥ ${min}, got ${String(value)}`);
  }
  return value;
}

export function finiteNumber(owner: string, name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ArgumentError(owner, name, `must be a finite number, got ${String(value)}`);
  }
  return value;
}

export function oneOf<T extends string>(owner: string, name: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) {
    throw new ArgumentError(owner, name, `must be one of ${allowed.join(', ')}, got ${String(value)}`);
  }
  return value;
}

export function numberArray(owner: string, name: string, value: unknown): readonly number[] {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) {
    throw new ArgumentError(owner, name, `must be an array of numbers, got ${describe(value)}`);
  }
  const list = Array.from(value as ArrayLike<unknown>);
  const bad = list.findIndex((x) => typeof x !== 'number');
  if (bad >= 0)
    throw new ArgumentError(owner, name, `has a non-number at index ${bad}: ${describe(list[bad])}`);
  return list as number[];
}

/** A short description of a value of the wrong kind, for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'object') return `an object (${value.constructor?.name ?? 'no prototype'})`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  if (typeof value === 'bigint') return `bigint ${value.toString()}`;
  return 'undefined';
}
