import type { Dataset } from '../dataset.js';
import { portableCos as cos, portableSin as sin } from '@bp/tensor';
import { resolveRng } from '../random.js';
import { assemble } from './assemble.js';
import { checkSynthetic, classSizes, type SyntheticOptions } from './options.js';

/**
 * Two interleaving half circles. Class 0 is the upper arc (cos t, sin t), class 1 the lower arc
 * (1 − cos t, 0.5 − sin t), for t evenly spaced in [0, π]: classes of ⌊n/2⌋ and ⌈n/2⌉ points (class 1 the larger).
 * x is n×2, y an n×1 column of class indices.
 */
export function moons(n: number, options: SyntheticOptions = {}): Dataset {
  const noise = checkSynthetic('moons', n, 2, options);
  const rng = resolveRng('moons', options);
  const [inner, outer] = classSizes(n, 2);
  const points = new Float64Array(2 * n);
  const labels = new Float64Array(n);
  const arc = (m: number, i: number): number => (m === 1 ? 0 : (Math.PI * i) / (m - 1));
  for (let i = 0; i < outer; i++) {
    const t = arc(outer, i);
    points[2 * i] = cos(t);
    points[2 * i + 1] = sin(t);
  }
  for (let i = 0; i < inner; i++) {
    const t = arc(inner, i);
    const r = outer + i;
    points[2 * r] = 1 - cos(t);
    points[2 * r + 1] = 0.5 - sin(t);
    labels[r] = 1;
  }
  return assemble(
    points,
    labels,
    2,
    rng,
    { noise, shuffle: options.shuffle ?? true },
    {
      name: 'moons',
      description: `${n} points on two interleaving half circles with Gaussian noise of standard deviation ${noise}.`,
      source: 'synthetic (after scikit-learn make_moons)',
      featureNames: ['x1', 'x2'],
      classNames: ['upper', 'lower'],
    },
  );
}
