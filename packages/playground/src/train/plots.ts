// The pictures of a training run, drawn by @bp/viz as SVG: the decision boundary with the data on top, and
// the loss curve. Both are redrawn after every animation frame of training.
import { fromData } from '@bp/tensor';
import { decisionBoundarySvg, lossCurveSvg } from '@bp/viz';
import type { TrainingSession } from './session.js';

/** The model's P(class 1) over the plane, one batched forward pass for the whole grid. */
export function boundaryPicture(session: TrainingSession): string {
  const predictor = {
    batch: (grid: Float64Array) => session.probabilities(fromData(grid, [grid.length / 2, 2])),
  };
  return decisionBoundarySvg(predictor, session.data.x, session.data.y, {
    width: 340,
    height: 340,
    resolution: 50,
  });
}

/** Steps per point of the loss curve: thousands of steps would otherwise make a path too long to redraw per frame. */
export const STEPS_PER_POINT = 10;

/**
 * The mean loss of every STEPS_PER_POINT steps, on a logarithmic axis: cross-entropy falls over orders of
 * magnitude, and on a linear axis everything after the first few hundred steps would look flat.
 */
export function lossPicture(losses: readonly number[], labels: { steps: string; loss: string }): string {
  const points: number[] = [];
  for (let start = 0; start + STEPS_PER_POINT <= losses.length; start += STEPS_PER_POINT) {
    let sum = 0;
    for (let i = start; i < start + STEPS_PER_POINT; i++) sum += losses[i];
    points.push(sum / STEPS_PER_POINT);
  }
  return lossCurveSvg(points, {
    width: 420,
    height: 260,
    lossScale: 'log',
    markers: false,
    labels: { epoch: labels.steps, loss: labels.loss },
  });
}
