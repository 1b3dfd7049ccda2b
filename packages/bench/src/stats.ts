// Timing helpers: warm up until the JIT has settled, then take several samples and report their median.
// A sample may run the function many times so that short calls (a 64×64 matmul) are not lost in timer noise.
// Engines that are compared are sampled in rounds (one sample of each, then the next round), so that load from
// other processes, which comes and goes, falls on all of them alike rather than on whichever ran at the time.

export interface Summary {
  /** Milliseconds per call: the median of the samples. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Milliseconds per call, one entry per sample. */
  readonly samples: readonly number[];
  /** Calls per sample. */
  readonly callsPerSample: number;
}

export interface MeasureOptions {
  /** Samples to take after warm-up (the median is reported). */
  readonly samples: number;
  /** Warm up for at least this long (ms) and at least `warmupCalls` calls. */
  readonly warmupMs: number;
  readonly warmupCalls?: number;
  /** Repeat the call inside one sample until the sample lasts at least this long (ms). */
  readonly minSampleMs: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summarise(samples: readonly number[], callsPerSample = 1): Summary {
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    samples: [...samples],
    callsPerSample,
  };
}

/** Milliseconds one call of `fn` takes. */
export function timeOnce(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Warms `fn` up (at least `warmupMs` and `warmupCalls` calls) and returns how many calls make a sample of `minSampleMs`. */
export function calibrate(fn: () => void, options: Omit<MeasureOptions, 'samples'>): number {
  const warmupEnd = performance.now() + options.warmupMs;
  let warmCalls = 0;
  let last = 0;
  while (warmCalls < (options.warmupCalls ?? 1) || performance.now() < warmupEnd) {
    last = timeOnce(fn);
    warmCalls++;
  }
  return Math.max(1, Math.ceil(options.minSampleMs / Math.max(last, 1e-3)));
}

/** One sample: ms per call over `calls` back-to-back calls. */
export function sample(fn: () => void, calls: number): number {
  const start = performance.now();
  for (let c = 0; c < calls; c++) fn();
  return (performance.now() - start) / calls;
}

/** Warm-up, calibration of the calls per sample, then `samples` samples of ms per call. */
export function measure(fn: () => void, options: MeasureOptions): Summary {
  const calls = calibrate(fn, options);
  const samples = Array.from({ length: options.samples }, () => sample(fn, calls));
  return summarise(samples, calls);
}
