// Numbers as the pictures print them.

/**
 * At most `digits` significant digits with trailing zeros dropped (2, 0.5, -0.00388), so the course's
 * numbers read as the worked examples print them. NaN and ±Infinity are written out (NaN, ∞, −∞), and -0 as 0.
 */
export function formatNumber(x: number, digits = 6): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return '0';
  return String(Number(x.toPrecision(digits)));
}
