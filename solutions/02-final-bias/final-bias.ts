// Reference solution of 02-final-bias.
// The same types as the stub's (a solution does not import the student's folder).
export interface Step {
  slope: number;
  stepSize: number;
  newB3: number;
}
export interface FitOptions {
  b3: number;
  learningRate: number;
  tolerance: number;
  maxSteps: number;
}
export interface HistoryEntry {
  b3: number;
  ssr: number;
  slope: number;
  stepSize: number;
}
export interface Fit {
  b3: number;
  steps: number;
  history: HistoryEntry[];
}

const W1 = 3.34;
const B1 = -1.43;
const W2 = -3.53;
const B2 = 0.57;
const W3 = -1.22;
const W4 = -2.3;

/** ln(1 + e^z) without overflow for large z. */
const softplus = (z: number): number => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));

export function predict(dosages: number[], b3: number): number[] {
  return dosages.map((x) => W3 * softplus(W1 * x + B1) + W4 * softplus(W2 * x + B2) + b3);
}

export function ssr(observed: number[], predicted: number[]): number {
  let sum = 0;
  for (let i = 0; i < observed.length; i++) sum += (observed[i] - predicted[i]) ** 2;
  return sum;
}

export function ssrSlopeB3(observed: number[], predicted: number[]): number {
  // dSSR/db3 = Σ dSSR/dpredicted_i · dpredicted_i/db3, and dpredicted_i/db3 = 1.
  let sum = 0;
  for (let i = 0; i < observed.length; i++) sum += -2 * (observed[i] - predicted[i]);
  return sum;
}

export function gradientStep(dosages: number[], observed: number[], b3: number, learningRate: number): Step {
  const slope = ssrSlopeB3(observed, predict(dosages, b3));
  const stepSize = slope * learningRate;
  return { slope, stepSize, newB3: b3 - stepSize };
}

export function fitB3(dosages: number[], observed: number[], options: FitOptions): Fit {
  let b3 = options.b3;
  const history: HistoryEntry[] = [];
  while (history.length < options.maxSteps) {
    const predicted = predict(dosages, b3);
    const { slope, stepSize, newB3 } = gradientStep(dosages, observed, b3, options.learningRate);
    history.push({ b3, ssr: ssr(observed, predicted), slope, stepSize });
    b3 = newB3;
    if (Math.abs(stepSize) < options.tolerance) break;
  }
  return { b3, steps: history.length, history };
}
