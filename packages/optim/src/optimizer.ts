import { ArgumentError, ShapeError } from '@bp/tensor';
import { Variable } from '@bp/autograd';
import { nonNegative } from './validate.js';

/** One parameter's optimizer state in JSON form: step counts as numbers, buffers as plain arrays. */
export type ParamState = Record<string, number | number[]>;

/** What `stateDict()` returns: plain JSON, so it survives `JSON.stringify`/`JSON.parse`. */
export interface OptimizerStateDict {
  /** The optimizer's class name; `loadStateDict` refuses a dict of another kind. */
  readonly type: string;
  readonly lr: number;
  /** The hyperparameters, for the record (loading restores `lr` and the buffers only). */
  readonly options: Record<string, number | boolean | readonly number[]>;
  /** One entry per parameter, in the order the optimizer was given them. */
  readonly state: readonly ParamState[];
}

/**
 * The common part of every optimizer: the list of parameters, the learning rate (which a schedule may
 * change between steps), `zeroGrad`, and saving and loading of the per-parameter buffers.
 * A subclass preallocates its buffers in its constructor and updates `p.data.data` in place in `step()`.
 */
export abstract class Optimizer {
  readonly params: readonly Variable[];
  /** The learning rate γ of the next `step()`; learning-rate schedules write it. */
  lr: number;
  /** The hyperparameters the optimizer was built with (after defaults were filled in). */
  abstract readonly options: Record<string, number | boolean | readonly number[]>;

  protected constructor(
    /** The class name used in error messages and in the state dict. */
    readonly name: string,
    params: Iterable<Variable>,
    lr: number,
  ) {
    this.params = collectParams(name, params);
    this.lr = nonNegative(name, 'lr', lr);
  }

  /** Applies one update to every parameter that has a gradient (parameters whose `grad` is null are skipped). */
  abstract step(): void;

  /** Clears every parameter's gradient (sets it to null, like PyTorch's default `set_to_none=True`). */
  zeroGrad(): void {
    for (const p of this.params) p.zeroGrad();
  }

  stateDict(): OptimizerStateDict {
    return {
      type: this.name,
      lr: this.lr,
      options: { ...this.options },
      state: this.params.map((_, i) => this.saveParamState(i)),
    };
  }

  loadStateDict(dict: OptimizerStateDict): void {
    if (dict.type !== this.name) {
      throw new ArgumentError(
        `${this.name}.loadStateDict`,
        'dict',
        `was saved by ${dict.type}, not ${this.name}`,
      );
    }
    if (dict.state.length !== this.params.length) {
      throw new ArgumentError(
        `${this.name}.loadStateDict`,
        'dict',
        `has state for ${dict.state.length} parameters, but this optimizer has ${this.params.length}`,
      );
    }
    this.lr = nonNegative(`${this.name}.loadStateDict`, 'lr', dict.lr);
    dict.state.forEach((s, i) => this.loadParamState(i, s));
  }

  protected abstract saveParamState(index: number): ParamState;
  protected abstract loadParamState(index: number, state: ParamState): void;

  /** Checks that the preallocated buffers still fit parameter `index` and its gradient (someone may have replaced `p.data`). */
  protected checkedSize(index: number, bufferLength: number): number {
    const p = this.params[index];
    if (p.data.size !== bufferLength) {
      throw new ShapeError(
        `${this.name}.step`,
        `parameter ${index}${p.label ? ` (${p.label})` : ''} now has ${p.data.size} numbers, but the optimizer was built for ${bufferLength}; build a new optimizer after replacing a parameter's tensor`,
        [p.data.shape],
      );
    }
    const g = p.grad;
    if (g !== null && g.size !== p.data.size) {
      throw new ShapeError(
        `${this.name}.step`,
        `the gradient of parameter ${index} does not match its shape`,
        [g.shape, p.data.shape],
      );
    }
    return bufferLength;
  }
}

function collectParams(owner: string, params: Iterable<Variable>): Variable[] {
  const list = [...params];
  if (list.length === 0)
    throw new ArgumentError(owner, 'params', 'is empty: give the optimizer at least one parameter');
  const seen = new Set<Variable>();
  list.forEach((p, i) => {
    if (!(p instanceof Variable)) {
      throw new ArgumentError(owner, 'params', `entry ${i} is not a Variable`);
    }
    if (!p.requiresGrad) {
      throw new ArgumentError(
        owner,
        'params',
        `entry ${i}${p.label ? ` (${p.label})` : ''} has requiresGrad false, so it never gets a gradient`,
      );
    }
    if (!p.isLeaf) {
      throw new ArgumentError(
        owner,
        'params',
        `entry ${i} is the result of an op (${p.gradFn?.op ?? '?'}), not a leaf: optimize the leaves it was computed from`,
      );
    }
    if (seen.has(p)) throw new ArgumentError(owner, 'params', `entry ${i} appears more than once`);
    seen.add(p);
  });
  return list;
}

/** Reads a buffer saved by `stateDict`, checking its length. */
export function readBuffer(owner: string, state: ParamState, key: string, into: Float64Array): void {
  const values = state[key];
  if (!Array.isArray(values) || values.length !== into.length) {
    throw new ArgumentError(
      `${owner}.loadStateDict`,
      key,
      `must be an array of ${into.length} numbers, got ${Array.isArray(values) ? `${values.length} numbers` : typeof values}`,
    );
  }
  into.set(values);
}

/** Reads a count saved by `stateDict`. */
export function readCount(owner: string, state: ParamState, key: string): number {
  const value = state[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ArgumentError(
      `${owner}.loadStateDict`,
      key,
      `must be a non-negative integer, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
