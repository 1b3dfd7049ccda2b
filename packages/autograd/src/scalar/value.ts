// The scalar engine's core: a Value node, how an op makes one, and the backward pass.
// Every op, built in or user-defined, is a ScalarOpSpec run by `applyOp` (which `defineScalarOp` wraps),
// so the chain rule is applied in one place.
import { AnomalyError, isAnomalyModeEnabled } from '../anomaly.js';
import { topologicalOrder } from './graph.js';
import { POSITION, VISIT } from './visit.js';
import * as arithmetic from './ops/arithmetic.js';
import * as elementary from './ops/elementary.js';
import * as activations from './ops/activations.js';

/** A scalar op: its forward and its backward, side by side. */
export interface ScalarOpSpec {
  /** Shown in graph drawings and error messages. */
  readonly name: string;
  /** The op's value from its inputs' values. */
  readonly forward: (...xs: number[]) => number;
  /**
   * The gradient for each input, chain rule applied: `grad` is d(root)/d(out), `out` is the forward result
   * (handy for exp, tanh, sigmoid). Returns one number per input, in order.
   */
  readonly backward: (grad: number, out: number, ...xs: number[]) => readonly number[];
  /** The op as a mathjs expression of its inputs' expressions; needed only for the symbolic cross-check. */
  readonly expression?: (...xs: string[]) => string;
}

export type ValueLike = Value | number;

export interface ValueOptions {
  label?: string;
  /** Accept NaN or ±Infinity as data (rejected by default because they are almost always a bug). */
  allowNonFinite?: boolean;
  /** A constant, not a variable: drawn by value in expressions and left out of derivative tables. */
  constant?: boolean;
}

/** Where an op result came from; left out for leaves. */
export interface OpOrigin {
  readonly spec: ScalarOpSpec;
  readonly parents: readonly Value[];
}

export class Value {
  data: number;
  /** d(root)/d(this), summed over every backward() call since the last zeroGrad (as in PyTorch). */
  grad = 0;
  label: string;
  readonly parents: readonly Value[];
  readonly spec: ScalarOpSpec | undefined;
  readonly constant: boolean;
  /** The last graph walk that reached this node (see visit.ts). */
  [VISIT] = 0;
  /** This node's position in the current backward pass's topological order. */
  [POSITION] = 0;

  /** `origin` is how an op records its result (as micrograd's `_children` and `_op`); leave it out for leaves. */
  constructor(data: number, options: ValueOptions = {}, origin?: OpOrigin) {
    if (typeof data !== 'number') {
      throw new TypeError(`new Value: argument 'data' must be a number, got ${typeof data}`);
    }
    // An op's result may legitimately overflow; anomaly mode is the check for those.
    if (!Number.isFinite(data) && origin === undefined && options.allowNonFinite !== true) {
      throw new TypeError(
        `new Value: argument 'data' must be finite, got ${data} (pass { allowNonFinite: true } to allow it)`,
      );
    }
    this.data = data;
    this.label = options.label ?? '';
    this.parents = origin?.parents ?? NO_PARENTS;
    this.spec = origin?.spec;
    this.constant = options.constant ?? false;
  }

  /** The op that made this node ('' for a leaf). */
  get op(): string {
    return this.spec?.name ?? '';
  }

  add(other: ValueLike): Value {
    return applyOp(arithmetic.add, [this, other]);
  }
  sub(other: ValueLike): Value {
    return applyOp(arithmetic.sub, [this, other]);
  }
  mul(other: ValueLike): Value {
    return applyOp(arithmetic.mul, [this, other]);
  }
  div(other: ValueLike): Value {
    return applyOp(arithmetic.div, [this, other]);
  }
  /** A number exponent is baked into the op; a Value exponent also receives a gradient (a^b·ln a). */
  pow(exponent: ValueLike): Value {
    return typeof exponent === 'number'
      ? applyOp(arithmetic.powBy(exponent), [this])
      : applyOp(arithmetic.pow, [this, exponent]);
  }
  neg(): Value {
    return applyOp(arithmetic.neg, [this]);
  }
  exp(): Value {
    return applyOp(elementary.exp, [this]);
  }
  log(): Value {
    return applyOp(elementary.log, [this]);
  }
  tanh(): Value {
    return applyOp(activations.tanh, [this]);
  }
  sigmoid(): Value {
    return applyOp(activations.sigmoid, [this]);
  }
  relu(): Value {
    return applyOp(activations.relu, [this]);
  }
  softplus(): Value {
    return applyOp(activations.softplus, [this]);
  }

  /** Sets the label and returns this node, so a graph can be built and named in one expression. */
  withLabel(label: string): this {
    this.label = label;
    return this;
  }

  zeroGrad(): void {
    this.grad = 0;
  }

  /**
   * Adds d(this)/d(node) to every node's `.grad` in the graph below this one (as in PyTorch, gradients
   * accumulate: call zeroGrad or zeroGraphGrads between steps). Calling it twice adds the gradients twice,
   * intermediate nodes included: each call propagates its own pending gradients and adds them to `.grad`
   * only at the end, so grads left by an earlier call are never propagated again.
   */
  backward(): void {
    const order = topologicalOrder(this);
    // This pass's gradients, by position in the order: kept apart from `grad` until the pass is complete.
    const pending = new Float64Array(order.length);
    for (let i = 0; i < order.length; i++) order[i][POSITION] = i;
    pending[order.length - 1] = 1; // d(this)/d(this); `this` is last in topological order
    for (let i = order.length - 1; i >= 0; i--) {
      const node = order[i];
      if (node.spec === undefined) continue;
      const local = localGradients(node, pending[i]);
      for (let p = 0; p < node.parents.length; p++) pending[node.parents[p][POSITION]] += local[p];
    }
    for (let i = 0; i < order.length; i++) order[i].grad += pending[i];
  }

  toString(): string {
    const label = this.label === '' ? '' : `${this.label}: `;
    return `Value(${label}data=${this.data}, grad=${this.grad})`;
  }
}

// Shared, never mutated: leaves and constants allocate no arrays or option objects of their own.
const NO_PARENTS: readonly Value[] = Object.freeze([]);
const CONSTANT: ValueOptions = Object.freeze({ constant: true, allowNonFinite: true });

/** Numbers become constant leaves. */
export function asValue(x: ValueLike): Value {
  return x instanceof Value ? x : new Value(x, CONSTANT);
}

/** Runs one op forward and records it in the graph. */
function applyOp(spec: ScalarOpSpec, args: readonly ValueLike[]): Value {
  const arity = spec.forward.length; // 0 for a variadic forward: then any count is accepted
  if (arity > 0 && args.length !== arity) {
    throw new TypeError(`${spec.name}: expected ${arity} argument(s), got ${args.length}`);
  }
  // Unary and binary ops (all the built-in ones) skip the intermediate arrays: this is the hot path of
  // every scalar network.
  let parents: Value[];
  let out: number;
  if (args.length === 1) {
    const a = asValue(args[0]);
    parents = [a];
    out = spec.forward(a.data);
  } else if (args.length === 2) {
    const a = asValue(args[0]);
    const b = asValue(args[1]);
    parents = [a, b];
    out = spec.forward(a.data, b.data);
  } else {
    parents = args.map(asValue);
    out = spec.forward(...parents.map((p) => p.data));
  }
  if (isAnomalyModeEnabled() && !Number.isFinite(out)) {
    throw new AnomalyError({
      op: spec.name,
      direction: 'forward',
      inputs: parents.map((p) => p.data),
      produced: out,
    });
  }
  // The constructor copies what it needs from `origin` and keeps no reference to it, so one scratch
  // object serves every op (no short-lived allocation per node).
  scratch.spec = spec;
  scratch.parents = parents;
  return new Value(out, NO_OPTIONS, scratch);
}

const scratch: { spec: ScalarOpSpec; parents: readonly Value[] } = { spec: undefined!, parents: [] };

const NO_OPTIONS: ValueOptions = Object.freeze({});

/** One op's backward: the gradient each parent receives from this node. */
function localGradients(node: Value, grad: number): readonly number[] {
  const spec = node.spec!;
  const ps = node.parents;
  const local =
    ps.length === 1
      ? spec.backward(grad, node.data, ps[0].data)
      : ps.length === 2
        ? spec.backward(grad, node.data, ps[0].data, ps[1].data)
        : spec.backward(grad, node.data, ...ps.map((p) => p.data));
  if (local.length !== ps.length) {
    throw new TypeError(
      `${spec.name}: backward returned ${local.length} gradient(s) for ${ps.length} input(s)`,
    );
  }
  if (isAnomalyModeEnabled()) {
    for (const g of local) {
      if (!Number.isFinite(g)) {
        throw new AnomalyError({
          op: spec.name,
          direction: 'backward',
          inputs: ps.map((p) => p.data),
          produced: g,
          upstream: grad,
        });
      }
    }
  }
  return local;
}

/**
 * Turns a forward/backward pair into an op on Values (numbers are accepted and become constants).
 *
 * @example
 * const cube = defineScalarOp({
 *   name: 'cube',
 *   forward: (x) => x ** 3,
 *   backward: (grad, _out, x) => [grad * 3 * x ** 2],
 * });
 * cube(new Value(2)).data; // 8
 */
export function defineScalarOp(spec: ScalarOpSpec): (...args: ValueLike[]) => Value {
  return (...args) => applyOp(spec, args);
}
