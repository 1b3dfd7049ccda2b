// A small, strict XML reader for the tests: it throws on anything not well-formed (unclosed or crossed tags,
// duplicate or unquoted attributes, a bare & or <, text outside the root) and returns a tree to query.
// Enough for SVG; no DTD internal subsets, no namespaces beyond keeping prefixed names as they are.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(xml: string): XmlElement {
  let i = 0;
  let root: XmlElement | undefined;
  const stack: { name: string; attributes: Record<string, string>; children: XmlNode[] }[] = [];
  const fail = (why: string): never => {
    throw new Error(
      `not well-formed XML at offset ${i}: ${why} (near ${JSON.stringify(xml.slice(i, i + 40))})`,
    );
  };
  const skipPast = (end: string, what: string) => {
    const at = xml.indexOf(end, i);
    if (at < 0) fail(`unterminated ${what}`);
    i = at + end.length;
  };
  while (i < xml.length) {
    if (xml.startsWith('<?', i)) skipPast('?>', 'processing instruction');
    else if (xml.startsWith('<!--', i)) skipPast('-->', 'comment');
    else if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) fail('CDATA outside the root element');
      const start = i + 9;
      skipPast(']]>', 'CDATA section');
      stack[stack.length - 1].children.push(xml.slice(start, i - 3));
    } else if (xml.startsWith('<!DOCTYPE', i)) {
      if (root !== undefined || stack.length > 0) fail('DOCTYPE after the root element started');
      skipPast('>', 'DOCTYPE');
    } else if (xml.startsWith('</', i)) {
      i += 2;
      const name = NAME.exec(xml.slice(i))?.[0] ?? fail('bad closing tag name');
      i += name.length;
      while (/\s/.test(xml[i] ?? '')) i++;
      if (xml[i] !== '>') fail('closing tag not ended by >');
      i++;
      const open = stack.pop() ?? fail(`closing </${name}> with nothing open`);
      if (open.name !== name) fail(`</${name}> closes <${open.name}>`);
      if (stack.length === 0) root = open;
      else stack[stack.length - 1].children.push(open);
    } else if (xml[i] === '<') {
      if (root !== undefined) fail('a second root element');
      i++;
      const name = NAME.exec(xml.slice(i))?.[0] ?? fail('bad tag name');
      i += name.length;
      const attributes: Record<string, string> = {};
      for (;;) {
        const before = i;
        while (/\s/.test(xml[i] ?? '')) i++;
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (i === before) fail('attributes must be separated by whitespace');
        const attribute = NAME.exec(xml.slice(i))?.[0] ?? fail('bad attribute name');
        i += attribute.length;
        if (xml[i] !== '=') fail(`attribute ${attribute} without =`);
        i++;
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attribute} not quoted`);
        const end = xml.indexOf(quote, i + 1);
        if (end < 0) fail('unterminated attribute value');
        const raw = xml.slice(i + 1, end);
        if (raw.includes('<')) fail(`< inside attribute ${attribute}`);
        if (attribute in attributes) fail(`duplicate attribute ${attribute}`);
        attributes[attribute] = decode(raw, fail);
        i = end + 1;
      }
      const element = { name, attributes, children: [] as XmlNode[] };
      if (xml.startsWith('/>', i)) {
        i += 2;
        if (stack.length === 0) root = element;
        else stack[stack.length - 1].children.push(element);
      } else {
        i++;
        stack.push(element);
      }
    } else {
      const next = xml.indexOf('<', i);
      const text = xml.slice(i, next < 0 ? xml.length : next);
      if (stack.length === 0) {
        if (text.trim() !== '') fail('text outside the root element');
      } else stack[stack.length - 1].children.push(decode(text, fail));
      i += text.length;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1].name}> never closed`);
  return root ?? fail('no root element');
}

function decode(text: string, fail: (why: string) => never): string {
  return text.replace(/&[^;]*;?/g, (match) => {
    if (!ENTITY.test(match)) fail(`bad entity ${match}`);
    const body = match.slice(1, -1);
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED[body];
  });
}

/** Every element below (and including) `root` that `keep` accepts, in document order. */
export function findAll(root: XmlElement, keep: (element: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    if (keep(element)) found.push(element);
    for (const child of element.children) if (typeof child !== 'string') visit(child);
  };
  visit(root);
  return found;
}

export const byName = (name: string) => (element: XmlElement) => element.name === name;

export function byClass(name: string, className: string) {
  return (element: XmlElement) =>
    element.name === name && (element.attributes.class ?? '').split(/\s+/).includes(className);
}

/** The decoded text of every <text> element below `element`, in order. */
export function texts(element: XmlElement): string[] {
  return findAll(element, byName('text')).map((t) =>
    t.children.filter((c) => typeof c === 'string').join(''),
  );
}

/** The root <svg>'s viewBox as [minX, minY, width, height]. */
export function viewBox(svg: XmlElement): [number, number, number, number] {
  const parts = (svg.attributes.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p)))
    throw new Error(`bad viewBox ${svg.attributes.viewBox}`);
  return parts as [number, number, number, number];
}

/** Every number in every attribute, for checking that none is NaN or Infinity. */
export function attributeValues(root: XmlElement): string[] {
  return findAll(root, () => true).flatMap((element) => Object.values(element.attributes));
}
