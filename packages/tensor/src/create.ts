import { Tensor, type NestedArray } from './tensor.js';
import { ArgumentError, ShapeError } from './errors.js';
import { checkShape, sizeOf } from './shape.js';
import { Rng } from './random.js';

/** A tensor from nested arrays of numbers (`tensor([[1, 2], [3, 4]])`) or a single number (0-d). */
export function tensor(values: NestedArray | Float64Array | readonly number[]): Tensor {
  if (values instanceof Float64Array) return new Tensor(values.slice(), [values.length]);
  const shape: number[] = [];
  let probe: unknown = values;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    probe = probe[0];
  }
  const data = new Float64Array(sizeOf(shape));
  let o = 0;
  const fill = (v: unknown, dim: number, path: string): void => {
    if (dim === shape.length) {
      if (typeof v !== 'number') {
        throw new ArgumentError(
          'tensor',
          'values',
          `${path} is ${Array.isArray(v) ? 'an array' : typeof v}, expected a number (nesting is ${shape.length} deep)`,
        );
      }
      data[o++] = v;
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[dim]) {
      const got = Array.isArray(v) ? `length ${v.length}` : `a ${typeof v}`;
      throw new ShapeError(
        'tensor',
        `ragged nested array: ${path} has ${got} where ${shape[dim]} was expected`,
        [shape.slice(0, dim + 1)],
      );
    }
    for (let i = 0; i < v.length; i++) fill(v[i], dim + 1, `${path}[${i}]`);
  };
  fill(values, 0, 'values');
  return new Tensor(data, shape);
}

/** Wraps existing numbers with a shape (copies them). */
export function fromData(data: ArrayLike<number>, shape: readonly number[]): Tensor {
  return new Tensor(Float64Array.from(data), shape);
}

export function full(shape: readonly number[], value: number): Tensor {
  const s = checkShape('full', shape);
  return new Tensor(new Float64Array(sizeOf(s)).fill(value), s);
}

export const zeros = (shape: readonly number[]): Tensor => full(shape, 0);
export const ones = (shape: readonly number[]): Tensor => full(shape, 1);

/** Identity matrix n×n (or n×m). */
export function eye(n: number, m = n): Tensor {
  const out = zeros([n, m]);
  for (let i = 0; i < Math.min(n, m); i++) out.data[i * m + i] = 1;
  return out;
}

/** start, start + step, … below stop (one argument: 0..stop−1). */
export function arange(start: number, stop?: number, step = 1): Tensor {
  if (stop === undefined) [start, stop] = [0, start];
  if (!Number.isFinite(start) || !Number.isFinite(stop) || !Number.isFinite(step) || step === 0) {
    throw new ArgumentError(
      'arange',
      'start, stop, step',
      `must be finite with a non-zero step, got (${start}, ${stop}, ${step})`,
    );
  }
  const n = Math.max(0, Math.ceil((stop - start) / step));
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = start + i * step;
  return new Tensor(data, [n]);
}

/** n evenly spaced numbers from start to stop inclusive. */
export function linspace(start: number, stop: number, n: number): Tensor {
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = n === 1 ? start : start + ((stop - start) * i) / (n - 1);
  return new Tensor(data, [n]);
}

export interface RandomOptions {
  /** The same seed gives the same numbers on every machine. Default 0. */
  seed?: number;
  /** A generator to draw from instead (its state advances); takes precedence over `seed`. */
  rng?: Rng;
}

/** Uniform numbers in [0, 1). */
export function rand(shape: readonly number[], options: RandomOptions = {}): Tensor {
  const s = checkShape('rand', shape);
  const rng = options.rng ?? new Rng(options.seed ?? 0);
  const data = new Float64Array(sizeOf(s));
  for (let i = 0; i < data.length; i++) data[i] = rng.random();
  return new Tensor(data, s);
}

/** Standard normal numbers. */
export function randn(shape: readonly number[], options: RandomOptions = {}): Tensor {
  const s = checkShape('randn', shape);
  const rng = options.rng ?? new Rng(options.seed ?? 0);
  const data = new Float64Array(sizeOf(s));
  for (let i = 0; i < data.length; i++) data[i] = rng.normal();
  return new Tensor(data, s);
}
