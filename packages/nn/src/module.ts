import type { NestedArray, Tensor } from '@bp/tensor';
import { Variable } from '@bp/autograd';
import { Parameter } from './parameter.js';
import { loadState, saveState, type LoadStateOptions, type StateDict } from './state-dict.js';

/**
 * The base of every layer and network, after PyTorch's `nn.Module`.
 *
 * Registration is by own enumerable fields, in the order they were assigned: a field holding a
 * `Parameter` is a parameter, a field holding a `Module` is a submodule, and an array of either is
 * registered element by element as `field.0`, `field.1`, … (`layers.0.weight`). Anything else (numbers,
 * strings, activation descriptions, `null` for an absent bias) is ignored. Subclasses with other needs
 * override `namedChildren()` or `ownParameters()`.
 */
export abstract class Module {
  /** True after `train()` (the default), false after `eval()`. */
  training = true;

  abstract forward(x: Variable): Variable;

  /** `forward` for a Variable, a Tensor or nested arrays (wrapped as a constant Variable). */
  call(x: Variable | Tensor | NestedArray): Variable {
    return this.forward(x instanceof Variable ? x : new Variable(x));
  }

  /** This module's own parameters with their local names (not those of submodules). */
  ownParameters(): [string, Parameter][] {
    const out: [string, Parameter][] = [];
    for (const [key, value] of Object.entries(this)) {
      if (value instanceof Parameter) out.push([key, value]);
      else if (Array.isArray(value)) {
        value.forEach((item: unknown, i) => {
          if (item instanceof Parameter) out.push([`${key}.${i}`, item]);
        });
      }
    }
    return out;
  }

  /** The direct submodules with their local names. */
  namedChildren(): [string, Module][] {
    const out: [string, Module][] = [];
    for (const [key, value] of Object.entries(this)) {
      if (value instanceof Module) out.push([key, value]);
      else if (Array.isArray(value)) {
        value.forEach((item: unknown, i) => {
          if (item instanceof Module) out.push([`${key}.${i}`, item]);
        });
      }
    }
    return out;
  }

  children(): Module[] {
    return this.namedChildren().map(([, m]) => m);
  }

  /** This module and every submodule, depth first, each once (`''` names the root). */
  namedModules(prefix = ''): [string, Module][] {
    const out: [string, Module][] = [];
    const seen = new Set<Module>();
    const visit = (name: string, m: Module): void => {
      if (seen.has(m)) return;
      seen.add(m);
      out.push([name, m]);
      for (const [child, sub] of m.namedChildren()) visit(name === '' ? child : `${name}.${child}`, sub);
    };
    visit(prefix, this);
    return out;
  }

  modules(): Module[] {
    return this.namedModules().map(([, m]) => m);
  }

  /**
   * Every parameter with its dotted path (`layers.0.weight`), in registration order.
   * A parameter shared by two modules is listed once, under the first path that reaches it.
   */
  namedParameters(): [string, Parameter][] {
    const out: [string, Parameter][] = [];
    const seen = new Set<Parameter>();
    for (const [prefix, m] of this.namedModules()) {
      for (const [name, p] of m.ownParameters()) {
        if (seen.has(p)) continue;
        seen.add(p);
        out.push([prefix === '' ? name : `${prefix}.${name}`, p]);
      }
    }
    return out;
  }

  parameters(): Parameter[] {
    return this.namedParameters().map(([, p]) => p);
  }

  /** Clears every parameter's gradient (sets it to null, as PyTorch's default `set_to_none`). */
  zeroGrad(): void {
    for (const p of this.parameters()) p.grad = null;
  }

  /** Sets training mode on this module and every submodule. */
  train(mode = true): this {
    for (const m of this.modules()) m.training = mode;
    return this;
  }

  /** Evaluation mode: `train(false)`. */
  eval(): this {
    return this.train(false);
  }

  /** Every parameter as `{ shape, data }` under its dotted name: plain JSON that round-trips exactly. */
  stateDict(): StateDict {
    return saveState(this.namedParameters());
  }

  /**
   * Copies a state into the parameters in place (the Parameter objects an optimizer holds stay valid).
   * Everything is checked before anything is written: a missing or unexpected key, a wrong shape or a
   * malformed entry throws and leaves the module unchanged.
   */
  loadStateDict(state: StateDict, options: LoadStateOptions = {}): void {
    loadState(this.namedParameters(), state, options);
  }

  /** The number of learnable numbers. */
  numParameters(): number {
    return this.parameters().reduce((n, p) => n + p.size, 0);
  }
}
