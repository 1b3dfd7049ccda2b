import { describe, expect, it } from 'vitest';
import { byClass, findAll, parseXml, texts } from './xml.js';

// The SVG assertions lean on this reader, so it must really reject broken markup.
describe('the test XML reader', () => {
  it('reads a document with a declaration, doctype, comments and entities', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<!-- c -->' +
        '<svg xmlns="http://www.w3.org/2000/svg"><g class="node value" id="v1"><text>a&#45;b &amp; &lt;c&gt; &#x3b4;</text></g><path d="M0,0"/></svg>',
    );
    expect(root.name).toBe('svg');
    const [group] = findAll(root, byClass('g', 'value'));
    expect(group.attributes.id).toBe('v1');
    expect(texts(group)).toEqual(['a-b & <c> δ']);
  });

  it.each([
    ['<svg><g></svg>', 'crossed tags'],
    ['<svg><g>', 'unclosed tag'],
    ['<svg a="1" a="2"/>', 'duplicate attribute'],
    ['<svg a=1/>', 'unquoted attribute'],
    ['<svg a="<"/>', '< in an attribute'],
    ['<svg>a & b</svg>', 'bare &'],
    ['<svg/><svg/>', 'two roots'],
    ['text<svg/>', 'text outside the root'],
    ['<svg a="1"b="2"/>', 'attributes run together'],
    ['', 'no root'],
  ])('rejects %s (%s)', (xml) => {
    expect(() => parseXml(xml)).toThrow(/not well-formed/);
  });
});
