import { ArgumentError } from '@bp/tensor';
import { checkPositiveInteger } from '../check.js';
import type { Dataset } from '../dataset.js';
import { portableCos as cos, portableSin as sin } from '@bp/tensor';
import { resolveRng } from '../random.js';
import { assemble } from './assemble.js';
import { checkSynthetic, classSizes, type SyntheticOptions } from './options.js';

export interface SpiralsOptions extends SyntheticOptions {
  /** Number of arms, one class each. Default 2. */
  classes?: number;
  /** How many full turns each arm makes from the centre to radius 1. Default 1. */
  turns?: number;
}

/**
 * Interleaved spiral arms, one per class: point i of an arm of m points has radius r = (i + 1)/m and angle
 * 2πk/classes + 2π·turns·r, so the arms are rotated copies of one another. Classes share n as equally as
 * possible. x is n×2, y an n×1 column of class indices 0..classes−1.
 */
export function spirals(n: number, options: SpiralsOptions = {}): Dataset {
  const k = checkPositiveInteger('spirals', 'classes', options.classes ?? 2);
  const noise = checkSynthetic('spirals', n, k, options);
  const turns = options.turns ?? 1;
  if (typeof turns !== 'number' || !Number.isFinite(turns) || turns <= 0) {
    throw new ArgumentError('spirals', 'turns', `must be a finite number > 0, got ${String(turns)}`);
  }
  const rng = resolveRng('spirals', options);
  const points = new Float64Array(2 * n);
  const labels = new Float64Array(n);
  let row = 0;
  classSizes(n, k).forEach((m, c) => {
    for (let i = 0; i < m; i++, row++) {
      const r = (i + 1) / m;
      const angle = (2 * Math.PI * c) / k + 2 * Math.PI * turns * r;
      points[2 * row] = r * cos(angle);
      points[2 * row + 1] = r * sin(angle);
      labels[row] = c;
    }
  });
  return assemble(
    points,
    labels,
    2,
    rng,
    { noise, shuffle: options.shuffle ?? true },
    {
      name: 'spirals',
      description: `${n} points on ${k} interleaved spiral arms (${turns} turn(s) each) with Gaussian noise of standard deviation ${noise}.`,
      source: 'synthetic',
      featureNames: ['x1', 'x2'],
      classNames: Array.from({ length: k }, (_, c) => `arm ${c}`),
    },
  );
}
