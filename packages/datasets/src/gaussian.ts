import type { Rng } from '@bp/tensor';
import { portableLog as log } from '@bp/tensor';

/**
 * A standard normal draw by Marsaglia's polar method, with the portable logarithm so that a seed gives the
 * same noise in every engine (Rng.normal uses Math.log). One draw per call: nothing is kept between calls.
 */
export function gaussian(rng: Rng): number {
  for (;;) {
    const u = 2 * rng.random() - 1;
    const v = 2 * rng.random() - 1;
    const s = u * u + v * v;
    if (s < 1 && s > 0) return u * Math.sqrt((-2 * log(s)) / s);
  }
}
