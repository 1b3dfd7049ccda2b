import { ArgumentError, Rng } from '@bp/tensor';

/** How a seeded function gets its randomness: a seed (the same seed gives the same numbers everywhere) or a generator. */
export interface SeedOptions {
  /** An integer in [0, 2³²); default 0. */
  seed?: number;
  /** A generator to draw from (its state advances, so successive calls differ); takes precedence over `seed`. */
  rng?: Rng;
}

export function resolveRng(op: string, options: SeedOptions): Rng {
  if (options.rng !== undefined) {
    if (!(options.rng instanceof Rng)) throw new ArgumentError(op, 'rng', 'must be an Rng from @bp/tensor');
    return options.rng;
  }
  const seed = options.seed ?? 0;
  // Rng keeps only the low 32 bits, so 1.5, -1 or 2**32 would silently collide with another seed.
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new ArgumentError(op, 'seed', `must be an integer in [0, 2^32), got ${String(seed)}`);
  }
  return new Rng(seed);
}
