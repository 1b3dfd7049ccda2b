import { formatShape } from './errors.js';
import { ArgumentError } from './errors.js';
import { checkShape, sizeOf, stridesOf, type Shape } from './shape.js';
import * as ew from './elementwise.js';
import * as lay from './layout.js';
import * as red from './reduce.js';
import { matmul } from './matmul.js';
import { formatTensor } from './format.js';

/** Anything an elementwise op accepts as an operand: a tensor or a plain number (a 0-d tensor). */
export type TensorLike = Tensor | number;

/**
 * An n-d array of float64 numbers stored contiguously in row-major order.
 * Tensors are values: every op returns a new tensor and leaves its inputs alone.
 */
export class Tensor {
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly size: number;

  constructor(
    /** The numbers in row-major order; `data.length` equals the product of `shape`. */
    readonly data: Float64Array,
    shape: Shape,
  ) {
    this.shape = Object.freeze(checkShape('Tensor', shape));
    this.size = sizeOf(this.shape);
    if (data.length !== this.size) {
      throw new ArgumentError(
        'Tensor',
        'data',
        `has ${data.length} numbers but shape ${formatShape(shape)} needs ${this.size}`,
      );
    }
    this.strides = Object.freeze(stridesOf(this.shape));
  }

  get ndim(): number {
    return this.shape.length;
  }

  /** The element at a full index, e.g. `t.get(1, 2)`; negative indices count from the end. */
  get(...index: number[]): number {
    return this.data[this.offsetOf('get', index)];
  }

  /** Writes one element in place (for optimizers and hand-built examples). */
  set(value: number, ...index: number[]): void {
    this.data[this.offsetOf('set', index)] = value;
  }

  /** The single number of a one-element tensor. */
  item(): number {
    if (this.size !== 1) {
      throw new ArgumentError(
        'item',
        'this',
        `must hold exactly one element, but has shape ${formatShape(this.shape)}`,
      );
    }
    return this.data[0];
  }

  /** Nested plain arrays (a number for a 0-d tensor). */
  toArray(): NestedArray {
    return lay.toNested(this);
  }

  toString(): string {
    return formatTensor(this);
  }

  clone(): Tensor {
    return new Tensor(this.data.slice(), this.shape);
  }

  add(other: TensorLike): Tensor {
    return ew.add(this, other);
  }
  sub(other: TensorLike): Tensor {
    return ew.sub(this, other);
  }
  mul(other: TensorLike): Tensor {
    return ew.mul(this, other);
  }
  div(other: TensorLike): Tensor {
    return ew.div(this, other);
  }
  pow(exponent: TensorLike): Tensor {
    return ew.pow(this, exponent);
  }
  neg(): Tensor {
    return ew.neg(this);
  }
  exp(): Tensor {
    return ew.exp(this);
  }
  log(): Tensor {
    return ew.log(this);
  }
  sqrt(): Tensor {
    return ew.sqrt(this);
  }
  abs(): Tensor {
    return ew.abs(this);
  }
  matmul(other: Tensor): Tensor {
    return matmul(this, other);
  }
  transpose(...axes: number[]): Tensor {
    return lay.transpose(this, ...axes);
  }
  /** The 2-d transpose (or the reversal of all axes). */
  get T(): Tensor {
    return lay.transpose(this);
  }
  reshape(...shape: number[]): Tensor {
    return lay.reshape(this, shape);
  }
  sum(axis?: number, options?: red.ReduceOptions): Tensor {
    return red.sum(this, axis, options);
  }
  mean(axis?: number, options?: red.ReduceOptions): Tensor {
    return red.mean(this, axis, options);
  }
  max(axis?: number, options?: red.ReduceOptions): Tensor {
    return red.max(this, axis, options);
  }
  argmax(axis?: number, options?: red.ReduceOptions): Tensor {
    return red.argmax(this, axis, options);
  }

  private offsetOf(op: string, index: number[]): number {
    if (index.length !== this.shape.length) {
      throw new ArgumentError(
        op,
        'index',
        `has ${index.length} coordinates for a tensor of shape ${formatShape(this.shape)}`,
      );
    }
    let offset = 0;
    for (let i = 0; i < index.length; i++) {
      const d = this.shape[i];
      let k = index[i];
      if (!Number.isInteger(k) || k < -d || k >= d) {
        throw new ArgumentError(
          op,
          'index',
          `[${index.join(', ')}] is out of bounds for shape ${formatShape(this.shape)}`,
        );
      }
      if (k < 0) k += d;
      offset += k * this.strides[i];
    }
    return offset;
  }
}

export type NestedArray = number | NestedArray[];
