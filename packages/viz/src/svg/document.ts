import { coord, escapeXml } from './escape.js';

export interface SvgDocumentOptions {
  width: number;
  height: number;
  /** Accessible name of the picture (`<title>`), also shown as a tooltip. */
  title?: string;
  /** Extra class on the root element. */
  className?: string;
}

/** A standalone SVG document (with its namespace) around the given body markup. */
export function svgDocument(body: readonly string[], options: SvgDocumentOptions): string {
  const { width, height } = options;
  const className = options.className === undefined ? '' : ` class="${escapeXml(options.className)}"`;
  const title = options.title === undefined ? '' : `<title>${escapeXml(options.title)}</title>\n`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${coord(width)}" height="${coord(height)}" ` +
    `viewBox="0 0 ${coord(width)} ${coord(height)}"${className} font-family="Helvetica, Arial, sans-serif">\n` +
    title +
    body.join('\n') +
    '\n</svg>\n'
  );
}

/** A `<text>` element; `attributes` are already-safe attribute markup. */
export function textElement(x: number, y: number, text: string, attributes = ''): string {
  return `<text x="${coord(x)}" y="${coord(y)}"${attributes === '' ? '' : ` ${attributes}`}>${escapeXml(text)}</text>`;
}
