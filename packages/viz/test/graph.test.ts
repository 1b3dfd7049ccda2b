import { describe, expect, it } from 'vitest';
import { Value, Variable, graphToJSON, variableTopologicalOrder } from '@bp/autograd';
import { ArgumentError, graphToSvg } from '../src/index.js';
import { E2_NUMBERS, e2Graph } from './e2.js';
import { attributeValues, byClass, findAll, parseXml, texts, type XmlElement } from './xml.js';

const valueGroups = (svg: XmlElement) => findAll(svg, byClass('g', 'value'));
const byId = (svg: XmlElement, id: string) => findAll(svg, (e) => e.attributes.id === id);

describe('graphToSvg on the E2 graph', () => {
  it('shows every node with the data and grad of the worked example', async () => {
    const svg = parseXml(await graphToSvg(e2Graph()));
    expect(svg.name).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    const shown = new Map(valueGroups(svg).map((g) => [texts(g)[0], texts(g)]));
    for (const [label, [data, grad]] of Object.entries(E2_NUMBERS)) {
      expect(shown.get(label), label).toEqual([label, `data ${data}`, `grad ${grad}`]);
    }
  });

  it('names node i of the topological order v{i} and the op that made it op{i}', async () => {
    const J = e2Graph();
    const { nodes } = graphToJSON(J);
    const svg = parseXml(await graphToSvg(J));
    for (const node of nodes) {
      const [group] = byId(svg, `v${node.id}`);
      expect(group.attributes.class).toContain('value');
      if (node.label !== '') expect(texts(group)[0]).toBe(node.label);
      const ops = byId(svg, `op${node.id}`);
      expect(ops).toHaveLength(node.op === '' ? 0 : 1);
      if (node.op !== '') expect(ops[0].attributes.class).toBe('node op');
      for (const parent of node.parents) expect(byId(svg, `e${parent}_op${node.id}`)).toHaveLength(1);
    }
    expect(valueGroups(svg)).toHaveLength(nodes.length);
    expect(findAll(svg, byClass('g', 'op'))).toHaveLength(nodes.filter((n) => n.op !== '').length);
    // The root is last: J, with the largest id.
    expect(texts(byId(svg, `v${nodes.length - 1}`)[0])[0]).toBe('J');
  });

  it('shows only the fields asked for, with the digits asked for, under an escaped title', async () => {
    const third = new Value(1, { label: 'a|b{c}<d>"e"\\' }).div(3);
    third.backward();
    const markup = await graphToSvg(third, {
      fields: ['data'],
      digits: 3,
      title: 'Fig. <1> & "2"',
      direction: 'TB',
    });
    const svg = parseXml(markup);
    const all = texts(svg);
    expect(all).toContain('Fig. <1> & "2"');
    expect(all).toContain('a|b{c}<d>"e"\\');
    expect(all).toContain('data 0.333');
    expect(all.some((t) => t.startsWith('grad'))).toBe(false);
  });

  it('writes NaN and Infinity as text, never into an attribute', async () => {
    const bad = new Value(NaN, { label: 'n', allowNonFinite: true }).add(
      new Value(Infinity, { allowNonFinite: true }),
    );
    bad.backward();
    const svg = parseXml(await graphToSvg(bad));
    expect(texts(svg)).toContain('data NaN');
    expect(texts(svg)).toContain('data ∞');
    expect(attributeValues(svg).filter((v) => /NaN|Infinity/.test(v))).toEqual([]);
  });
});

describe('graphToSvg on a tensor Variable graph', () => {
  it('draws each variable with its label, shape and values, and each op', async () => {
    const X = new Variable(
      [
        [0.5, 0.1],
        [0.2, 0.6],
      ],
      { label: 'X' },
    );
    const theta1 = new Variable(
      [
        [0.5, 0.2],
        [0.6, -0.1],
        [-0.4, -0.3],
      ],
      { requiresGrad: true, label: 'θ1' },
    );
    const a1 = X.matmul(theta1.T).sigmoid();
    a1.label = 'a1';
    const J = a1.sum();
    J.backward();
    const order = variableTopologicalOrder(J);
    const svg = parseXml(await graphToSvg(J));
    expect(valueGroups(svg)).toHaveLength(order.length);
    order.forEach((_, i) => expect(byId(svg, `v${i}`)).toHaveLength(1));
    const theta = texts(byId(svg, `v${order.indexOf(theta1)}`)[0]);
    expect(theta).toEqual([
      'θ1',
      'shape [3, 2]',
      'data [0.5 0.2 0.6 -0.1 -0.4 -0.3]',
      expect.stringMatching(/^grad \[/),
    ]);
    expect(texts(byId(svg, `op${order.indexOf(a1)}`)[0])).toEqual(['sigmoid']);
    expect(texts(svg)).toContain('@');
  });
});

describe('graphToSvg rejects bad input with ArgumentError', () => {
  const leaf = new Value(1);
  it.each([
    [() => graphToSvg(5 as unknown as Value), /graphToSvg: argument 'root' must be a Value or a Variable/],
    [() => graphToSvg(leaf, { digits: 0 }), /graphToSvg: argument 'digits'/],
    [() => graphToSvg(leaf, { direction: 'XY' as 'LR' }), /graphToSvg: argument 'direction'/],
    [() => graphToSvg(leaf, { fields: ['value' as 'data'] }), /graphToSvg: argument 'fields'/],
    [
      () => graphToSvg(e2Graph(), { maxNodes: 3 }),
      /graphToSvg: argument 'root' has \d+ nodes, more than maxNodes = 3/,
    ],
  ])('%#', async (call, message) => {
    await expect(call()).rejects.toThrow(ArgumentError);
    await expect(call()).rejects.toThrow(message);
  });
});
