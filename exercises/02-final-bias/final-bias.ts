/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** The result of one gradient-descent step on b3. */
export interface Step {
  /** dSSR/db3 at the current b3. */
  slope: number;
  /** slope × learning rate. */
  stepSize: number;
  /** b3 − stepSize. */
  newB3: number;
}

export interface FitOptions {
  /** Starting value of b3. */
  b3: number;
  learningRate: number;
  /** Stop after a step whose |stepSize| is below this value. */
  tolerance: number;
  /** Never take more steps than this. */
  maxSteps: number;
}

/** One entry per step taken: the values at the start of the step. */
export interface HistoryEntry {
  b3: number;
  ssr: number;
  slope: number;
  stepSize: number;
}

export interface Fit {
  /** b3 after the last step. */
  b3: number;
  /** How many steps were taken. */
  steps: number;
  history: HistoryEntry[];
}

/** The network's prediction for each dosage, with the fixed weights of the statement and the given b3. */
export function predict(dosages: number[], b3: number): number[] {
  throw new NotImplementedError('predict');
}

/** Sum of squared residuals: Σ (observed − predicted)². */
export function ssr(observed: number[], predicted: number[]): number {
  throw new NotImplementedError('ssr');
}

/** dSSR/db3 given the predictions made with the current b3. */
export function ssrSlopeB3(observed: number[], predicted: number[]): number {
  throw new NotImplementedError('ssrSlopeB3');
}

/** One step of gradient descent on b3. */
export function gradientStep(dosages: number[], observed: number[], b3: number, learningRate: number): Step {
  throw new NotImplementedError('gradientStep');
}

/** Repeats gradient steps from options.b3 until |stepSize| < tolerance (after taking that step) or maxSteps steps. */
export function fitB3(dosages: number[], observed: number[], options: FitOptions): Fit {
  throw new NotImplementedError('fitB3');
}
