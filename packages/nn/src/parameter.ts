import { Tensor, tensor, type NestedArray } from '@bp/tensor';
import { Variable } from '@bp/autograd';

/**
 * A learnable tensor: a leaf Variable that always starts with `requiresGrad: true`.
 * Optimizers update `p.data.data` in place and read `p.grad`, so a module keeps its
 * Parameter objects for its whole life and only their numbers change.
 */
export class Parameter extends Variable {
  /** The local name the owning module gives it (`'weight'`, `'bias'`); dotted paths come from `namedParameters()`. */
  readonly name: string;

  constructor(data: Tensor | NestedArray, name = 'parameter') {
    super(data instanceof Tensor ? data : tensor(data), { requiresGrad: true, label: name });
    this.name = name;
  }
}
