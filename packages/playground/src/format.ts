// Number formats matching how the worked examples in the root README print each one (significant digits:
// @bp/autograd's formatNumber). Decimal points in both languages:
// these are the course's formulas, and students compare them with code output.

/** Exactly `decimals` decimals (E3 to 10, E4 to 6); a value that rounds to zero prints without a minus sign. */
export function formatFixed(x: number, decimals: number): string {
  const text = x.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}
