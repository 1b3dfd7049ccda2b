/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** σ′(z) = σ(z)·(1 − σ(z)), where σ(z) = 1 / (1 + e^(−z)). */
export function sigmoidPrime(z: number): number {
  throw new NotImplementedError('sigmoidPrime');
}

/** ReLU′(z): 1 when z > 0, and 0 when z ≤ 0 (the convention of this course at z = 0). */
export function reluPrime(z: number): number {
  throw new NotImplementedError('reluPrime');
}

/** softplus′(z), where softplus(z) = ln(1 + e^z). Must stay finite for any finite z (try z = ±1000). */
export function softplusPrime(z: number): number {
  throw new NotImplementedError('softplusPrime');
}

/** tanh′(z) = 1 − tanh²(z). */
export function tanhPrime(z: number): number {
  throw new NotImplementedError('tanhPrime');
}

/** ∂J/∂ŷ for J = ½·(y − ŷ)². */
export function halfSquaredErrorGrad(yHat: number, y: number): number {
  throw new NotImplementedError('halfSquaredErrorGrad');
}

/** ∂/∂predicted of (observed − predicted)², one term of the SSR. */
export function ssrGradPrediction(observed: number, predicted: number): number {
  throw new NotImplementedError('ssrGradPrediction');
}
