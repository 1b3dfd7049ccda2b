// Colours of the decision boundary: class colours for the points, and light tints of them for the background.

/** Class colours, colour-blind friendly (blue, orange, then more for multi-class labels). */
export const CLASS_COLORS: readonly string[] = [
  '#2563eb',
  '#ea580c',
  '#16a34a',
  '#9333ea',
  '#db2777',
  '#0891b2',
];

/** Background of a cell whose prediction is NaN or missing. */
export const UNKNOWN_COLOR = '#d1d5db';

/** Tint levels per side: few enough that equal neighbours merge into long runs, enough for a smooth look. */
export const LEVELS = 10;

/** `color` (#rrggbb) mixed with white: strength 0 is white, 1 is the full colour at `maxTint`. */
export function tint(color: string, strength: number, maxTint = 0.5): string {
  const amount = maxTint * Math.min(1, Math.max(0, strength));
  const channels = [1, 3, 5].map((i) => {
    const value = parseInt(color.slice(i, i + 2), 16);
    return Math.round(255 + (value - 255) * amount)
      .toString(16)
      .padStart(2, '0');
  });
  return `#${channels.join('')}`;
}

export function isHexColor(color: unknown): color is string {
  return typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color);
}
