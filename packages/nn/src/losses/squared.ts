import { Tensor, neg } from '@bp/tensor';
import { defineOp, type Variable } from '@bp/autograd';
import { toVariable, type TensorInput } from '../util.js';
import { squaredLossGrad, squaredLossValue, type SquaredLossName } from './definitions.js';

/** J = scale · Σ (ŷ − y)² as one op: the gradient is 2·scale·(ŷ − y) for ŷ and its negative for y. */
const SquaredError = defineOp<SquaredLossName>({
  name: 'squaredError',
  forward: ([yHat, y], name) => new Tensor(Float64Array.of(squaredLossValue(name, yHat, y)), []),
  backward: (g, { inputs: [yHat, y], params: name }) => {
    const d = squaredLossGrad(name, yHat, y).mul(g.item());
    return [d, neg(d)];
  },
});

const squared =
  (name: SquaredLossName) =>
  (prediction: Variable, target: TensorInput): Variable =>
    SquaredError.apply([prediction, toVariable(target)], name);

/**
 * Half mean squared error, the course's J(θ) = 1/(2N) Σ (y − ŷ)², N = the number of examples (rows).
 * With several outputs per example it sums over them: 1/(2N) Σ_x ‖y(x) − ŷ(x)‖² (Nielsen's quadratic cost),
 * so it is not `mse / 2` unless there is one output.
 */
export const halfMSE = squared('halfMSE');
/** Mean over every element of (ŷ − y)², as PyTorch's `MSELoss()`. */
export const mse = squared('mse');
/** Sum of squared residuals Σ (y − ŷ)². */
export const ssr = squared('ssr');
/** ½ Σ (y − ŷ)², summed over the batch (the course's worked examples E3 and E4). */
export const halfSSE = squared('halfSSE');
