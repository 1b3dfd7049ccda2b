// Number formats matching how the worked examples in the root README print each one. Decimal points in both languages:
// these are the course's formulas, and students compare them with code output.

/** At most `digits` significant digits, trailing zeros dropped (E2: 2, 7.003, 2.0060045). */
export function formatSignificant(x: number, digits: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(digits))) : String(x);
}

/** Exactly `decimals` decimals (E3 to 10, E4 to 6); a value that rounds to zero prints without a minus sign. */
export function formatFixed(x: number, decimals: number): string {
  const text = x.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}
