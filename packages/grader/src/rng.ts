// The grader's own seeded generator for case generators (it depends on no engine package).

/** A small seeded pseudo-random generator (mulberry32) with the helpers case generators need. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo?: number, hi?: number): number;
  /** Standard normal (Box–Muller), scaled: mean + std·N(0, 1). */
  normal(mean?: number, std?: number): number;
  /** Integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number;
  /** `n` draws of `draw`. */
  array(n: number, draw?: () => number): number[];
  /** A rows × cols nested array of draws. */
  matrix(rows: number, cols: number, draw?: () => number): number[][];
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` results of `make(i)`: the seeded cases of a task. */
  repeat<T>(count: number, make: (i: number) => T): T[];
}

/** 32-bit FNV-1a, to derive one stream per task from the run's seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    uniform: (lo = 0, hi = 1) => lo + (hi - lo) * next(),
    normal: (mean = 0, std = 1) => {
      const u = 1 - next(); // (0, 1]: log is finite
      const v = next();
      return mean + std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    array: (n, draw = next) => Array.from({ length: n }, () => draw()),
    matrix: (rows, cols, draw = next) =>
      Array.from({ length: rows }, () => Array.from({ length: cols }, () => draw())),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick: empty list');
      return items[Math.floor(next() * items.length)];
    },
    repeat: (count, make) => Array.from({ length: count }, (_, i) => make(i)),
  };
  return rng;
}

/** The generator of one task's cases: independent of the other tasks and of their order. */
export function taskRng(seed: number, exercise: string, fn: string): Rng {
  return createRng(hashString(`${seed}:${exercise}:${fn}`));
}
