import { ArgumentError } from '@bp/tensor';
import type { Variable } from '@bp/autograd';
import { Optimizer, readBuffer, type ParamState } from './optimizer.js';
import { finite, nonNegative } from './validate.js';

export interface SGDOptions {
  /** Learning rate γ (required, ≥ 0). */
  lr: number;
  /** Momentum factor μ (default 0: plain gradient descent). */
  momentum?: number;
  /** Dampening τ of the momentum buffer (default 0); not applied on the buffer's first step. */
  dampening?: number;
  /** Nesterov momentum (default false); needs μ > 0 and τ = 0. */
  nesterov?: boolean;
  /** L2 penalty λ added to the gradient: g ← g + λθ (default 0). */
  weightDecay?: number;
  /** Ascend the objective instead of descending it (default false). */
  maximize?: boolean;
}

/**
 * Stochastic gradient descent with PyTorch's `torch.optim.SGD` update, per parameter element:
 *
 *   g ← ∇θ (−∇θ when maximize);  g ← g + λθ;
 *   if μ ≠ 0: b ← g on the buffer's first step, else b ← μb + (1 − τ)g;  g ← g + μb (nesterov) or g ← b;
 *   θ ← θ − γg.
 */
export class SGD extends Optimizer {
  readonly options: Required<Omit<SGDOptions, 'lr'>> & { lr: number };
  private readonly buffers: Float64Array[];
  /** Whether each parameter's momentum buffer holds a value yet (its first step skips dampening). */
  private readonly started: boolean[];

  constructor(params: Iterable<Variable>, options: SGDOptions) {
    if (options === undefined || options.lr === undefined) {
      throw new ArgumentError('SGD', 'lr', 'is required: new SGD(params, { lr: 0.1 })');
    }
    super('SGD', params, options.lr);
    const momentum = nonNegative('SGD', 'momentum', options.momentum ?? 0);
    const dampening = finite('SGD', 'dampening', options.dampening ?? 0);
    const nesterov = options.nesterov ?? false;
    const weightDecay = nonNegative('SGD', 'weightDecay', options.weightDecay ?? 0);
    if (nesterov && (momentum <= 0 || dampening !== 0)) {
      throw new ArgumentError(
        'SGD',
        'nesterov',
        `requires momentum > 0 and dampening = 0 (got momentum ${momentum}, dampening ${dampening})`,
      );
    }
    this.options = {
      lr: options.lr,
      momentum,
      dampening,
      nesterov,
      weightDecay,
      maximize: options.maximize ?? false,
    };
    // Buffers only exist when momentum is used; allocated once, here, never in step().
    this.buffers = this.params.map((p) => new Float64Array(momentum === 0 ? 0 : p.data.size));
    this.started = this.params.map(() => false);
  }

  step(): void {
    const { momentum: mu, dampening: tau, nesterov, weightDecay: lambda, maximize } = this.options;
    const lr = this.lr;
    const sign = maximize ? -1 : 1;
    for (let i = 0; i < this.params.length; i++) {
      const p = this.params[i];
      if (p.grad === null) continue;
      // Without momentum there is no buffer to outgrow; only the gradient's size is checked.
      const n = this.checkedSize(i, mu === 0 ? p.data.size : this.buffers[i].length);
      const theta = p.data.data;
      const grad = p.grad.data;
      if (mu === 0) {
        for (let j = 0; j < n; j++) {
          let g = sign * grad[j];
          if (lambda !== 0) g += lambda * theta[j];
          theta[j] -= lr * g;
        }
        continue;
      }
      const b = this.buffers[i];
      const first = !this.started[i];
      for (let j = 0; j < n; j++) {
        let g = sign * grad[j];
        if (lambda !== 0) g += lambda * theta[j];
        b[j] = first ? g : mu * b[j] + (1 - tau) * g;
        g = nesterov ? g + mu * b[j] : b[j];
        theta[j] -= lr * g;
      }
      this.started[i] = true;
    }
  }

  protected saveParamState(index: number): ParamState {
    return this.started[index] ? { momentumBuffer: Array.from(this.buffers[index]) } : {};
  }

  protected loadParamState(index: number, state: ParamState): void {
    if (state.momentumBuffer === undefined) {
      this.started[index] = false;
      this.buffers[index].fill(0);
      return;
    }
    readBuffer('SGD', state, 'momentumBuffer', this.buffers[index]);
    this.started[index] = true;
  }
}
