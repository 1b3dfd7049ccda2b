import {
  ArgumentError,
  ShapeError,
  Tensor,
  formatShape,
  ones,
  sameShape,
  tensor,
  type NestedArray,
} from '@bp/tensor';
import * as arith from './ops/arithmetic.js';
import * as elem from './ops/elementary.js';
import * as act from './ops/activations.js';
import * as lin from './ops/linalg.js';
import * as red from './ops/reduce.js';
import { backwardPass } from './backward.js';

/** What an op accepts as an input: a Variable, a constant Tensor, or a number. */
export type VariableLike = Variable | Tensor | number;

export interface VariableOptions {
  /** Track operations on this variable so `backward()` can compute its gradient. Default false. */
  requiresGrad?: boolean;
  /** A name for graph drawings and error messages. */
  label?: string;
}

/** The recipe that produced a Variable: the op's name, its inputs, and how to push a gradient back to them. */
export interface GradFn {
  readonly op: string;
  readonly inputs: readonly Variable[];
  /** Given ∂L/∂output, returns ∂L/∂input for each input (null where an input needs no gradient). */
  readonly backward: (gradOutput: Tensor) => readonly (Tensor | null)[];
}

/**
 * A tensor that remembers how it was computed, PyTorch-style. Leaves are created by the user;
 * every op on a variable that requires a gradient records a `gradFn` so `backward()` can apply
 * the chain rule in reverse topological order.
 */
export class Variable {
  data: Tensor;
  /** ∂L/∂this after `backward()`; accumulates over calls on leaves, like PyTorch. */
  grad: Tensor | null = null;
  requiresGrad: boolean;
  label: string | undefined;
  readonly gradFn: GradFn | null;

  constructor(data: Tensor | NestedArray, options: VariableOptions = {}, gradFn: GradFn | null = null) {
    this.data = data instanceof Tensor ? data : tensor(data);
    this.requiresGrad = options.requiresGrad ?? gradFn !== null;
    this.label = options.label;
    this.gradFn = gradFn;
  }

  get shape(): readonly number[] {
    return this.data.shape;
  }
  get size(): number {
    return this.data.size;
  }
  get isLeaf(): boolean {
    return this.gradFn === null;
  }
  item(): number {
    return this.data.item();
  }
  toArray(): NestedArray {
    return this.data.toArray();
  }
  toString(): string {
    const name = this.label ? `${this.label} = ` : '';
    const fn = this.gradFn ? `, gradFn=${this.gradFn.op}` : this.requiresGrad ? ', requiresGrad' : '';
    return `Variable(${name}${this.data.toString()}${fn})`;
  }

  /**
   * Back-propagates from this variable. A scalar output seeds ∂L/∂L = 1; a non-scalar output needs
   * the gradient of some scalar with respect to it (PyTorch's `grad_output`).
   */
  backward(gradOutput?: Tensor): void {
    if (!this.requiresGrad) {
      throw new ArgumentError(
        'backward',
        'this',
        'does not require a gradient: no input of the computation had requiresGrad: true',
      );
    }
    let seed: Tensor;
    if (gradOutput === undefined) {
      if (this.size !== 1) {
        throw new ShapeError(
          'backward',
          `the output has shape ${formatShape(this.shape)}, not a scalar: pass gradOutput of that shape (∂L/∂output), or reduce the output with sum() or mean() first`,
          [this.shape],
        );
      }
      seed = ones(this.shape);
    } else {
      if (!sameShape(gradOutput.shape, this.shape)) {
        throw new ShapeError('backward', 'gradOutput must have the shape of the output', [
          gradOutput.shape,
          this.shape,
        ]);
      }
      seed = gradOutput;
    }
    backwardPass(this, seed);
  }

  /** Clears the gradient (sets it to null, as PyTorch's `zero_grad(set_to_none=True)`). */
  zeroGrad(): void {
    this.grad = null;
  }

  /** The same numbers, cut off from the graph. */
  detach(): Variable {
    return new Variable(this.data);
  }

  add(other: VariableLike): Variable {
    return arith.add(this, other);
  }
  sub(other: VariableLike): Variable {
    return arith.sub(this, other);
  }
  mul(other: VariableLike): Variable {
    return arith.mul(this, other);
  }
  div(other: VariableLike): Variable {
    return arith.div(this, other);
  }
  pow(exponent: number): Variable {
    return arith.pow(this, exponent);
  }
  neg(): Variable {
    return arith.neg(this);
  }
  exp(): Variable {
    return elem.exp(this);
  }
  log(): Variable {
    return elem.log(this);
  }
  sqrt(): Variable {
    return elem.sqrt(this);
  }
  abs(): Variable {
    return elem.abs(this);
  }
  tanh(): Variable {
    return act.tanh(this);
  }
  sigmoid(): Variable {
    return act.sigmoid(this);
  }
  relu(): Variable {
    return act.relu(this);
  }
  softplus(): Variable {
    return act.softplus(this);
  }
  matmul(other: VariableLike): Variable {
    return lin.matmul(this, other);
  }
  transpose(...axes: number[]): Variable {
    return lin.transpose(this, ...axes);
  }
  get T(): Variable {
    return lin.transpose(this);
  }
  reshape(...shape: number[]): Variable {
    return lin.reshape(this, shape);
  }
  sum(axis?: number, options?: red.ReduceOptions): Variable {
    return red.sum(this, axis, options);
  }
  mean(axis?: number, options?: red.ReduceOptions): Variable {
    return red.mean(this, axis, options);
  }
  max(axis?: number, options?: red.ReduceOptions): Variable {
    return red.max(this, axis, options);
  }
}

/** Shorthand for `new Variable(data, options)`. */
export function variable(data: Tensor | NestedArray, options?: VariableOptions): Variable {
  return new Variable(data, options);
}
