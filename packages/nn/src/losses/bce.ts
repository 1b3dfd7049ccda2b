import { Tensor, sigmoidScalar, softplusScalar } from '@bp/tensor';
import { defineOp, type Variable } from '@bp/autograd';
import { requireNonEmpty, requireSameShape, toVariable, type TensorInput } from '../util.js';
import { bceGrad, bceTargetGrad, bceValue } from './definitions.js';

const BCE = defineOp({
  name: 'bce',
  forward: ([p, y]) => new Tensor(Float64Array.of(bceValue(p, y)), []),
  // ∂J/∂p = (p − y) / (p(1 − p)) / size; ∂J/∂y = −(ln p − ln(1 − p)) / size
  backward: (g, { inputs: [p, y] }) => [bceGrad(p, y).mul(g.item()), bceTargetGrad(p).mul(g.item())],
});

/** Mean binary cross-entropy of probabilities p against targets y in [0, 1] (PyTorch's `BCELoss()`). */
export function bce(prediction: Variable, target: TensorInput): Variable {
  return BCE.apply([prediction, toVariable(target)], undefined);
}

/**
 * Mean binary cross-entropy of logits z (σ applied inside), stable for any z:
 * ℓ = max(z, 0) − z·y + ln(1 + e^−|z|) = softplus(z) − z·y; ∂ℓ/∂z = σ(z) − y.
 */
const BCEWithLogits = defineOp({
  name: 'bceWithLogits',
  forward: ([z, y]) => {
    requireSameShape('bceWithLogits', z.shape, y.shape);
    requireNonEmpty('bceWithLogits', z);
    let s = 0;
    for (let i = 0; i < z.size; i++) s += softplusScalar(z.data[i]) - z.data[i] * y.data[i];
    return new Tensor(Float64Array.of(s / z.size), []);
  },
  backward: (g, { inputs: [z, y] }) => {
    const c = g.item() / z.size;
    const gz = new Float64Array(z.size);
    const gy = new Float64Array(z.size);
    for (let i = 0; i < z.size; i++) {
      gz[i] = c * (sigmoidScalar(z.data[i]) - y.data[i]);
      gy[i] = -c * z.data[i];
    }
    return [new Tensor(gz, z.shape), new Tensor(gy, y.shape)];
  },
});

/** PyTorch's `BCEWithLogitsLoss()`: pair it with an identity output layer instead of sigmoid + bce. */
export function bceWithLogits(logits: Variable, target: TensorInput): Variable {
  return BCEWithLogits.apply([logits, toVariable(target)], undefined);
}
