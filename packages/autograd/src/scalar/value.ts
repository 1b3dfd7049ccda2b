// The scalar engine's core: a Value node, how an op makes one, and the backward pass.
// Every op, built in or user-defined, is a ScalarOpSpec recorded by `unary`, `binary` or `applyOp` (which
// `defineScalarOp` wraps), and backward applies the chain rule in one place (`propagate`).
import { AnomalyError, isAnomalyModeEnabled } from '../anomaly.js';
import { topologicalOrder } from './graph.js';
import { DATA, GRAD, PENDING, claimSlot, storage } from './storage.js';
import { VISIT } from './visit.js';
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
  /**
   * Optional, for speed: `backward` written straight into the inputs' gradients, for a unary or binary op
   * (`b` is undefined for a unary one). It reads `out.pendingGrad()` and calls `addPendingGrad` on each
   * input; the engine runs it instead of `backward` except in anomaly mode. Why the built-in ops have one:
   * V8 boxes every number passed through the one call site that calls every op's `backward`, and each
   * returned array is one more object per node; on micrograd's 66k-node MLP that garbage forced a
   * young-generation collection in the middle of backward, copying the whole live graph.
   */
  readonly kernel?: (out: Value, a: Value, b: Value) => void;
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

interface Rare {
  label: string;
  readonly constant: boolean;
  /** All the inputs, when there are more than two. */
  readonly others: readonly Value[] | undefined;
}

export class Value {
  readonly spec: ScalarOpSpec | undefined;
  // The inputs. The first two are fields rather than an array: every built-in op takes one or two, and an
  // array per node was a third of the objects a training step allocated.
  private readonly first: Value | undefined;
  private readonly second: Value | undefined;
  // data, grad and the pending gradient live in a shared chunk, from `slot` on (see storage.ts).
  private readonly chunk: Float64Array;
  private readonly slot: number;
  /** The last graph walk that reached this node (see visit.ts). */
  [VISIT] = 0;
  /** What few nodes have (a label, the constant flag, inputs beyond two), kept apart to keep nodes small. */
  private rare: Rare | undefined;

  /** `origin` is how an op records its result (as micrograd's `_children` and `_op`); leave it out for leaves. */
  constructor(data: number, options: ValueOptions = {}, origin?: OpOrigin) {
    this.slot = claimSlot();
    this.chunk = storage.chunk;
    if (options === OP_RESULT) {
      // A built-in op's result (see `recordOp`): the hot path, with nothing to check and no arrays to read.
      this.chunk[this.slot + DATA] = data;
      this.spec = opInProgress.spec;
      this.first = opInProgress.first;
      this.second = opInProgress.second;
      this.rare = undefined;
      return;
    }
    if (typeof data !== 'number') {
      throw new TypeError(`new Value: argument 'data' must be a number, got ${typeof data}`);
    }
    // An op's result may legitimately overflow; anomaly mode is the check for those.
    if (!Number.isFinite(data) && origin === undefined && options.allowNonFinite !== true) {
      throw new TypeError(
        `new Value: argument 'data' must be finite, got ${data} (pass { allowNonFinite: true } to allow it)`,
      );
    }
    this.chunk[this.slot + DATA] = data;
    this.spec = origin?.spec;
    const parents = origin?.parents ?? NO_PARENTS;
    this.first = parents[0];
    this.second = parents[1];
    const label = options.label ?? '';
    const constant = options.constant ?? false;
    const others = parents.length > 2 ? [...parents] : undefined;
    this.rare = label === '' && !constant && others === undefined ? undefined : { label, constant, others };
  }

  get data(): number {
    return this.chunk[this.slot + DATA];
  }
  set data(value: number) {
    this.chunk[this.slot + DATA] = value;
  }

  /** d(root)/d(this), summed over every backward() call since the last zeroGrad (as in PyTorch). */
  get grad(): number {
    return this.chunk[this.slot + GRAD];
  }
  set grad(value: number) {
    this.chunk[this.slot + GRAD] = value;
  }

  get label(): string {
    return this.rare?.label ?? '';
  }
  set label(label: string) {
    if (this.rare === undefined) this.rare = { label, constant: false, others: undefined };
    else this.rare.label = label;
  }

  /** A constant, not a variable (see ValueOptions.constant). */
  get constant(): boolean {
    return this.rare?.constant ?? false;
  }

  /** How many inputs the op that made this node took (0 for a leaf). */
  get arity(): number {
    return this.rare?.others?.length ?? (this.second !== undefined ? 2 : this.first !== undefined ? 1 : 0);
  }

  /** The op's inputs, in argument order (empty for a leaf). A new array on every call. */
  get parents(): readonly Value[] {
    const others = this.rare?.others;
    if (others !== undefined) return [...others];
    if (this.second !== undefined) return [this.first!, this.second];
    return this.first !== undefined ? [this.first] : NO_PARENTS;
  }

  /** The op's i-th input: `parents[i]` without making an array. */
  input(i: number): Value {
    const others = this.rare?.others;
    const node = others !== undefined ? others[i] : i === 0 ? this.first : i === 1 ? this.second : undefined;
    if (node === undefined) {
      throw new RangeError(`Value.input: index ${i} out of range for an op with ${this.arity} input(s)`);
    }
    return node;
  }

  /** The op that made this node ('' for a leaf). */
  get op(): string {
    return this.spec?.name ?? '';
  }

  add(other: ValueLike): Value {
    return binary(arithmetic.add, this, other);
  }
  sub(other: ValueLike): Value {
    return binary(arithmetic.sub, this, other);
  }
  mul(other: ValueLike): Value {
    return binary(arithmetic.mul, this, other);
  }
  div(other: ValueLike): Value {
    return binary(arithmetic.div, this, other);
  }
  /** A number exponent is baked into the op; a Value exponent also receives a gradient (a^b·ln a). */
  pow(exponent: ValueLike): Value {
    return typeof exponent === 'number'
      ? unary(arithmetic.powBy(exponent), this)
      : binary(arithmetic.pow, this, exponent);
  }
  neg(): Value {
    return unary(arithmetic.neg, this);
  }
  exp(): Value {
    return unary(elementary.exp, this);
  }
  log(): Value {
    return unary(elementary.log, this);
  }
  tanh(): Value {
    return unary(activations.tanh, this);
  }
  sigmoid(): Value {
    return unary(activations.sigmoid, this);
  }
  relu(): Value {
    return unary(activations.relu, this);
  }
  softplus(): Value {
    return unary(activations.softplus, this);
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
   * intermediate nodes included: each call propagates its own pending gradients and adds a node's to `.grad`
   * only once that node is done, so grads left by an earlier call are never propagated again.
   */
  backward(): void {
    const order = topologicalOrder(this);
    this.chunk[this.slot + PENDING] = 1; // d(this)/d(this); `this` is last in topological order
    let i = order.length - 1;
    try {
      // Every node that uses order[i] comes after it, so its pending gradient is complete when it is reached:
      // it is passed on to the inputs, then moved into grad.
      for (; i >= 0; i--) {
        order[i].propagate();
        order[i].settle();
      }
    } finally {
      // If an op's backward threw, the nodes not reached keep what they received so far and are reset too.
      for (; i >= 0; i--) order[i].settle();
    }
  }

  /** The chain rule at this node: each input's pending gradient += this node's times the local derivative. */
  private propagate(): void {
    const spec = this.spec;
    if (spec === undefined) return;
    const kernel = spec.kernel;
    if (kernel !== undefined && !isAnomalyModeEnabled()) kernel(this, this.first!, this.second!);
    else this.propagateBySpec(spec);
  }

  /** The general path: the op's own backward, its result checked (user-defined ops and anomaly mode). */
  private propagateBySpec(spec: ScalarOpSpec): void {
    const grad = this.pendingGrad();
    const inputs = this.parents;
    const local = spec.backward(grad, this.data, ...inputs.map((p) => p.data));
    if (local.length !== inputs.length) {
      throw new TypeError(
        `${spec.name}: backward returned ${local.length} gradient(s) for ${inputs.length} input(s)`,
      );
    }
    if (isAnomalyModeEnabled()) {
      const bad = local.find((g) => !Number.isFinite(g));
      if (bad !== undefined) {
        throw new AnomalyError({
          op: spec.name,
          direction: 'backward',
          inputs: inputs.map((p) => p.data),
          produced: bad,
          upstream: grad,
        });
      }
    }
    inputs.forEach((input, i) => input.addPendingGrad(local[i]));
  }

  /**
   * @internal Pushes the inputs not yet reached by the walk numbered `entered` onto `stack`, last input first
   * (see graph.ts; here because the inputs are private fields).
   */
  pushInputsNotEntered(stack: Value[], entered: number): void {
    const others = this.rare?.others;
    if (others !== undefined) {
      for (let i = others.length - 1; i >= 0; i--) if (others[i][VISIT] < entered) stack.push(others[i]);
      return;
    }
    const { first, second } = this;
    if (second !== undefined && second[VISIT] < entered) stack.push(second);
    if (first !== undefined && first[VISIT] < entered) stack.push(first);
  }

  /** The gradient reaching this node in the backward pass under way (for a ScalarOpSpec's `kernel`). */
  pendingGrad(): number {
    return this.chunk[this.slot + PENDING];
  }

  /** Adds to this node's gradient in the backward pass under way (for a ScalarOpSpec's `kernel`). */
  addPendingGrad(grad: number): void {
    this.chunk[this.slot + PENDING] += grad;
  }

  /** Moves this pass's pending gradient into grad, leaving pending at 0 for the next pass. */
  private settle(): void {
    this.chunk[this.slot + GRAD] += this.chunk[this.slot + PENDING];
    this.chunk[this.slot + PENDING] = 0;
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
  if (args.length === 1) return unary(spec, args[0]);
  if (args.length === 2) return binary(spec, args[0], args[1]);
  const parents = args.map(asValue);
  const out = spec.forward(...parents.map((p) => p.data));
  if (isAnomalyModeEnabled()) checkForward(spec, out, parents);
  return new Value(out, NO_OPTIONS, { spec, parents });
}

// Unary and binary ops (every built-in one) are the hot path of a scalar network: no arrays, no option objects.
function unary(spec: ScalarOpSpec, x: ValueLike): Value {
  const a = asValue(x);
  return recordOp(spec, spec.forward(a.data), a, undefined);
}

function binary(spec: ScalarOpSpec, x: ValueLike, y: ValueLike): Value {
  const a = asValue(x);
  const b = asValue(y);
  return recordOp(spec, spec.forward(a.data, b.data), a, b);
}

/** The op the constructor is recording, handed over in one shared object rather than a new one per node. */
const opInProgress: { spec: ScalarOpSpec | undefined; first: Value | undefined; second: Value | undefined } =
  {
    spec: undefined,
    first: undefined,
    second: undefined,
  };
const OP_RESULT: ValueOptions = Object.freeze({});

function recordOp(spec: ScalarOpSpec, out: number, a: Value, b: Value | undefined): Value {
  if (isAnomalyModeEnabled()) checkForward(spec, out, b === undefined ? [a] : [a, b]);
  opInProgress.spec = spec;
  opInProgress.first = a;
  opInProgress.second = b;
  return new Value(out, OP_RESULT);
}

/** Anomaly mode's forward check (callers test the mode first, so the hot path builds no input list). */
function checkForward(spec: ScalarOpSpec, out: number, inputs: readonly Value[]): void {
  if (!Number.isFinite(out)) {
    throw new AnomalyError({
      op: spec.name,
      direction: 'forward',
      inputs: inputs.map((p) => p.data),
      produced: out,
    });
  }
}

const NO_OPTIONS: ValueOptions = Object.freeze({});

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
  // The engine hands a kernel two inputs at most; an op of more (or any number of) inputs must use backward.
  if (spec.kernel !== undefined && (spec.forward.length === 0 || spec.forward.length > 2)) {
    throw new TypeError(
      `defineScalarOp: op '${spec.name}' has a kernel but ${spec.forward.length === 0 ? 'any number of' : spec.forward.length} inputs; a kernel is for unary and binary ops only`,
    );
  }
  return (...args) => applyOp(spec, args);
}
