import { checkOpenUnit } from '../check.js';
import type { Dataset } from '../dataset.js';
import { portableCos as cos, portableSin as sin } from '@bp/tensor';
import { resolveRng } from '../random.js';
import { assemble } from './assemble.js';
import { checkSynthetic, classSizes, type SyntheticOptions } from './options.js';

export interface CirclesOptions extends SyntheticOptions {
  /** Radius of the inner circle relative to the outer one (radius 1), strictly between 0 and 1. Default 0.8. */
  factor?: number;
}

/**
 * Two concentric circles: class 0 on the outer circle (radius 1, ⌊n/2⌋ points), class 1 on the inner one
 * (radius `factor`, ⌈n/2⌉ points), angles evenly spaced. x is n×2, y an n×1 column of class indices.
 */
export function circles(n: number, options: CirclesOptions = {}): Dataset {
  const noise = checkSynthetic('circles', n, 2, options);
  const factor = checkOpenUnit('circles', 'factor', options.factor ?? 0.8);
  const rng = resolveRng('circles', options);
  const [inner, outer] = classSizes(n, 2);
  const points = new Float64Array(2 * n);
  const labels = new Float64Array(n);
  const ring = (start: number, m: number, radius: number, label: number): void => {
    for (let i = 0; i < m; i++) {
      const t = (2 * Math.PI * i) / m;
      points[2 * (start + i)] = radius * cos(t);
      points[2 * (start + i) + 1] = radius * sin(t);
      labels[start + i] = label;
    }
  };
  ring(0, outer, 1, 0);
  ring(outer, inner, factor, 1);
  return assemble(
    points,
    labels,
    2,
    rng,
    { noise, shuffle: options.shuffle ?? true },
    {
      name: 'circles',
      description: `${n} points on two concentric circles (radii 1 and ${factor}) with Gaussian noise of standard deviation ${noise}.`,
      source: 'synthetic (after scikit-learn make_circles)',
      featureNames: ['x1', 'x2'],
      classNames: ['outer', 'inner'],
    },
  );
}
