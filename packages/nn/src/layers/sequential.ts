import { ArgumentError } from '@bp/tensor';
import type { Variable } from '@bp/autograd';
import { Module } from '../module.js';

/** Modules applied in order; parameters are named by position (`0.weight`, `2.bias`), as in PyTorch. */
export class Sequential extends Module {
  readonly layers: readonly Module[];

  constructor(...modules: Module[]) {
    super();
    modules.forEach((m, i) => {
      if (!(m instanceof Module)) throw new ArgumentError('Sequential', `modules[${i}]`, 'must be a Module');
    });
    this.layers = Object.freeze([...modules]);
  }

  override namedChildren(): [string, Module][] {
    return this.layers.map((m, i) => [String(i), m]);
  }

  get length(): number {
    return this.layers.length;
  }

  at(index: number): Module | undefined {
    return this.layers.at(index);
  }

  forward(x: Variable): Variable {
    let out = x;
    for (const m of this.layers) out = m.forward(out);
    return out;
  }
}
