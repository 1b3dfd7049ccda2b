// Reference solution of 01-local-derivatives.

const sigmoid = (z: number): number => {
  // Two branches so that e^(±z) never overflows.
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
};

export function sigmoidPrime(z: number): number {
  const a = sigmoid(z);
  return a * (1 - a);
}

export function reluPrime(z: number): number {
  return z > 0 ? 1 : 0;
}

export function softplusPrime(z: number): number {
  return sigmoid(z);
}

export function tanhPrime(z: number): number {
  const t = Math.tanh(z);
  return 1 - t * t;
}

export function halfSquaredErrorGrad(yHat: number, y: number): number {
  return yHat - y;
}

export function ssrGradPrediction(observed: number, predicted: number): number {
  return -2 * (observed - predicted);
}
