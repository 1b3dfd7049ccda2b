// The losses on plain tensors, value and gradient side by side. The autograd losses wrap these as ops,
// and ManualMLP uses the gradients as ∂J/∂a(L), so both paths share one definition.
import { ArgumentError, Tensor } from '@bp/tensor';
import { requireNonEmpty, requireSameShape, rowsOf } from '../util.js';

/** The squared-error family: J = scale · Σ (ŷ − y)². */
export type SquaredLossName = 'halfMSE' | 'mse' | 'ssr' | 'halfSSE';
/** Losses on outputs that ManualMLP can start its δ recursion from. */
export type OutputLossName = SquaredLossName | 'bce';

/**
 * The factor in front of Σ (ŷ − y)²:
 * - halfMSE: 1/(2N), N = number of examples (rows), summing over every output of each example
 *   (Nielsen's quadratic cost 1/(2n) Σ_x ‖y(x) − a‖²);
 * - mse: 1/(number of elements), PyTorch's `MSELoss()`;
 * - ssr: 1 (sum of squared residuals);
 * - halfSSE: 1/2 (the summed loss ½ Σ of the course's worked examples).
 */
export function squaredScale(name: SquaredLossName, prediction: Tensor): number {
  switch (name) {
    case 'halfMSE':
      return 1 / (2 * rowsOf(prediction));
    case 'mse':
      return 1 / prediction.size;
    case 'ssr':
      return 1;
    case 'halfSSE':
      return 0.5;
    default:
      throw new ArgumentError('loss', 'name', `'${String(name)}' is not a squared-error loss`);
  }
}

export function squaredLossValue(name: SquaredLossName, yHat: Tensor, y: Tensor): number {
  requireSameShape(name, yHat.shape, y.shape);
  requireNonEmpty(name, yHat);
  let s = 0;
  for (let i = 0; i < yHat.size; i++) {
    const r = yHat.data[i] - y.data[i];
    s += r * r;
  }
  return squaredScale(name, yHat) * s;
}

/** ∂J/∂ŷ = 2·scale·(ŷ − y); for halfSSE that is ŷ − y, for halfMSE (ŷ − y)/N. */
export function squaredLossGrad(name: SquaredLossName, yHat: Tensor, y: Tensor): Tensor {
  requireSameShape(name, yHat.shape, y.shape);
  const c = 2 * squaredScale(name, yHat);
  const out = new Float64Array(yHat.size);
  for (let i = 0; i < out.length; i++) out[i] = c * (yHat.data[i] - y.data[i]);
  return new Tensor(out, yHat.shape);
}

// PyTorch's BCELoss clamps each log at −100 so p = 0 or 1 gives a finite loss, and its gradient
// divides by max(p(1 − p), 1e-12).
const LOG_FLOOR = -100;
const clampedLog = (x: number): number => Math.max(Math.log(x), LOG_FLOOR);

function checkProbabilities(p: Tensor): void {
  for (let i = 0; i < p.size; i++) {
    const v = p.data[i];
    if (!(v >= 0 && v <= 1)) {
      throw new ArgumentError(
        'bce',
        'prediction',
        `must hold probabilities in [0, 1], found ${v} at flat index ${i}; for raw scores use bceWithLogits`,
      );
    }
  }
}

/** Mean over all elements of −[y ln p + (1 − y) ln(1 − p)], with each log clamped at −100. */
export function bceValue(p: Tensor, y: Tensor): number {
  requireSameShape('bce', p.shape, y.shape);
  requireNonEmpty('bce', p);
  checkProbabilities(p);
  let s = 0;
  for (let i = 0; i < p.size; i++) {
    const pi = p.data[i];
    const yi = y.data[i];
    s -= yi * clampedLog(pi) + (1 - yi) * clampedLog(1 - pi);
  }
  return s / p.size;
}

/** ∂J/∂p = (p − y) / (p(1 − p)) / size. */
export function bceGrad(p: Tensor, y: Tensor): Tensor {
  requireSameShape('bce', p.shape, y.shape);
  const out = new Float64Array(p.size);
  for (let i = 0; i < out.length; i++) {
    const pi = p.data[i];
    out[i] = (pi - y.data[i]) / Math.max(pi * (1 - pi), 1e-12) / p.size;
  }
  return new Tensor(out, p.shape);
}

/** ∂J/∂y = −(ln p − ln(1 − p)) / size (targets are usually constants; this is for completeness). */
export function bceTargetGrad(p: Tensor): Tensor {
  const out = new Float64Array(p.size);
  for (let i = 0; i < out.length; i++) out[i] = -(clampedLog(p.data[i]) - clampedLog(1 - p.data[i])) / p.size;
  return new Tensor(out, p.shape);
}

export function outputLossValue(name: OutputLossName, yHat: Tensor, y: Tensor): number {
  return name === 'bce' ? bceValue(yHat, y) : squaredLossValue(name, yHat, y);
}

export function outputLossGrad(name: OutputLossName, yHat: Tensor, y: Tensor): Tensor {
  return name === 'bce' ? bceGrad(yHat, y) : squaredLossGrad(name, yHat, y);
}
