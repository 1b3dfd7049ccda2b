// Safe text and numbers inside SVG markup.

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Control characters other than tab and line breaks are not allowed anywhere in XML 1.0.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Text or an attribute value with the five XML special characters escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]).replace(FORBIDDEN_CONTROLS, '');
}

/**
 * A coordinate for an attribute: two decimals at most, and 0 for anything non-finite, so a stray NaN can never
 * reach the markup (browsers drop the whole element on `x="NaN"`).
 */
export function coord(x: number): string {
  if (!Number.isFinite(x)) return '0';
  const rounded = Math.round(x * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}
