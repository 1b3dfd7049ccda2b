import type { Tensor } from '@bp/tensor';
import { Variable } from './variable.js';

/**
 * The functional form: `grad(f)` is a function returning ∂f/∂x for every argument x
 * (f must return a scalar Variable), like `jax.grad` over all arguments.
 */
export function grad(f: (...xs: Variable[]) => Variable): (...xs: Tensor[]) => Tensor[] {
  return (...xs) => valueAndGrad(f)(...xs).grads;
}

/** Both f(x…) and its gradients, from one forward and one backward pass. */
export function valueAndGrad(
  f: (...xs: Variable[]) => Variable,
): (...xs: Tensor[]) => { value: Tensor; grads: Tensor[] } {
  return (...xs) => {
    const vars = xs.map((x) => new Variable(x, { requiresGrad: true }));
    const out = f(...vars);
    out.backward();
    return { value: out.data, grads: vars.map((v) => v.grad ?? zerosLike(v.data)) };
  };
}

function zerosLike(t: Tensor): Tensor {
  return t.mul(0);
}
