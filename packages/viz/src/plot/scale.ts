// Mapping data to pixels. Written so that any finite input, however extreme (±1e308, subnormals, a constant
// series), lands inside the target range: the arithmetic halves before subtracting so spans cannot overflow.

export type ScaleKind = 'linear' | 'log';

export interface Scale {
  readonly kind: ScaleKind;
  /** Smallest and largest data value shown. */
  readonly domain: readonly [number, number];
  /** Whether `value` can be drawn on this scale at all (finite, and > 0 on a log scale). */
  accepts(value: number): boolean;
  /** Pixel position of an accepted value, clamped to the range. */
  at(value: number): number;
}

/** Smallest and largest of the values `keep` accepts, or undefined when there are none. */
export function extent(
  values: Iterable<number>,
  keep: (x: number) => boolean = Number.isFinite,
): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of values) {
    if (!keep(x)) continue;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** `domain` onto the pixel interval from `start` to `end` (end < start for a y axis growing upwards). */
export function makeScale(
  kind: ScaleKind,
  domain: readonly [number, number],
  start: number,
  end: number,
): Scale {
  const accepts = kind === 'log' ? (x: number) => Number.isFinite(x) && x > 0 : Number.isFinite;
  const transform = kind === 'log' ? Math.log10 : (x: number) => x;
  const lo = transform(domain[0]);
  const hi = transform(domain[1]);
  const halfSpan = hi / 2 - lo / 2;
  const low = Math.min(start, end);
  const high = Math.max(start, end);
  return {
    kind,
    domain,
    accepts,
    at(value: number): number {
      // A constant series (or a span too small to divide by) sits in the middle.
      const t = halfSpan > 0 ? (transform(value) / 2 - lo / 2) / halfSpan : 0.5;
      const pixel = start + (Number.isFinite(t) ? t : 0.5) * (end - start);
      return Math.min(high, Math.max(low, pixel));
    },
  };
}

/** Round-numbered tick values inside the domain: about `count` on a linear scale, powers of ten on a log one. */
export function ticks(scale: Scale, count: number, integersOnly = false): number[] {
  const [lo, hi] = scale.domain;
  if (!(lo < hi)) return [lo];
  if (scale.kind === 'log') {
    const first = Math.ceil(Math.log10(lo));
    const last = Math.floor(Math.log10(hi));
    if (last - first >= 1 && last - first <= 30) {
      const step = Math.ceil((last - first + 1) / count);
      const powers: number[] = [];
      for (let k = first; k <= last; k += step) powers.push(10 ** k);
      return powers;
    }
    return [lo, hi];
  }
  const rough = hi / count - lo / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  let step = (residual >= 5 ? 10 : residual >= 2 ? 5 : residual >= 1 ? 2 : 1) * magnitude;
  if (integersOnly) step = Math.max(1, Math.round(step));
  if (!Number.isFinite(step) || step <= 0) return [lo, hi];
  const values: number[] = [];
  for (let k = Math.ceil(lo / step); values.length <= 2 * count; k++) {
    const value = k * step;
    if (!Number.isFinite(value) || value > hi) break;
    // k·step can drift by an ulp; snap tiny values to 0 so the label reads 0, not 1e-17.
    values.push(Math.abs(value) < step * 1e-9 ? 0 : value);
  }
  return values.length > 0 ? values : [lo, hi];
}
