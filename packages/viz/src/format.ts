// Numbers as the pictures print them: @bp/autograd's formatNumber (significant digits, trailing zeros dropped,
// as the worked examples print them), with ∞ and −∞ as symbols and −0 as 0.
import { formatNumber as formatSignificant } from '@bp/autograd';

export function formatNumber(x: number, digits = 6): string {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return '0';
  return formatSignificant(x, digits);
}
