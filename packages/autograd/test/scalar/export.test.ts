// Graph drawings and JSON: every node with its label, value and gradient.
import { describe, expect, it } from 'vitest';
import {
  Value,
  formatNumber,
  graphToJSON,
  toDot,
  toMermaid,
  topologicalOrder,
} from '../../src/scalar/index.js';

// The E3 forward and backward pass, with every node labelled.
function e3() {
  const x = new Value(1, { label: 'x' });
  const theta1 = new Value(-0.5, { label: 'θ1' });
  const theta2 = new Value(0.5, { label: 'θ2' });
  const z1 = x.mul(theta1).withLabel('z1');
  const a1 = z1.sigmoid().withLabel('a1');
  const z2 = a1.mul(theta2).withLabel('z2');
  const J = z2
    .sigmoid()
    .withLabel('ŷ')
    .sub(1)
    .withLabel('err')
    .pow(2)
    .withLabel('sq')
    .mul(0.5)
    .withLabel('J');
  J.backward();
  return { J, a1 };
}

describe('topologicalOrder', () => {
  it('lists each node once, after all of its parents, the root last', () => {
    const a = new Value(1);
    const b = a.mul(a).add(a).exp();
    const order = topologicalOrder(b);
    expect(new Set(order).size).toBe(order.length);
    expect(order.at(-1)).toBe(b);
    for (const [i, node] of order.entries()) {
      for (const parent of node.parents) expect(order.indexOf(parent)).toBeLessThan(i);
    }
  });
});

describe('toDot', () => {
  it('draws each value as a record with label, data and grad, and each op as its own node', () => {
    const { J } = e3();
    const dot = toDot(J);
    const order = topologicalOrder(J);
    expect(dot.startsWith('digraph G {\n  rankdir=LR;')).toBe(true);
    for (const node of order) {
      expect(dot).toContain(
        `{ ${node.label} | data ${formatNumber(node.data)} | grad ${formatNumber(node.grad)} }`,
      );
    }
    const ops = order.filter((node) => node.op !== '');
    expect(dot.match(/shape=record/g)).toHaveLength(order.length);
    expect(dot.match(/_op \[label="/g)).toHaveLength(ops.length);
    const edges = ops.reduce((n, node) => n + 1 + node.parents.length, 0);
    expect(dot.match(/->/g)).toHaveLength(edges);
    expect(dot).toContain('{ a1 | data 0.377541 | grad -0.056117 }');
  });

  it('escapes characters that mean something in a record label', () => {
    const dot = toDot(new Value(1, { label: 'a|{b}<c>"d"' }));
    expect(dot).toContain('{ a\\|\\{b\\}\\<c\\>\\"d\\" | data 1 | grad 0 }');
  });
});

describe('toMermaid', () => {
  it('draws the same graph as a flowchart', () => {
    const { J } = e3();
    const mermaid = toMermaid(J);
    const order = topologicalOrder(J);
    expect(mermaid.split('\n')[0]).toBe('flowchart LR');
    for (const node of order.filter((n) => n.label !== '')) {
      expect(mermaid).toContain(
        `${node.label} | data ${formatNumber(node.data)} | grad ${formatNumber(node.grad)}`,
      );
    }
    expect(mermaid.match(/\(\("mul"\)\)/g)).toHaveLength(3);
    expect(toMermaid(new Value(1, { label: 'say "hi"' }))).toContain('say #quot;hi#quot;');
  });
});

describe('graphToJSON', () => {
  it('keeps full precision and links parents by id', () => {
    const { J, a1 } = e3();
    const json = graphToJSON(J);
    const order = topologicalOrder(J);
    expect(json.root).toBe(order.length - 1);
    expect(json.nodes).toHaveLength(order.length);
    const a1Node = json.nodes.find((node) => node.label === 'a1')!;
    expect(a1Node.data).toBe(a1.data);
    expect(a1Node.grad).toBe(a1.grad);
    expect(a1Node.op).toBe('sigmoid');
    expect(json.nodes[a1Node.parents[0]].label).toBe('z1');
    for (const node of json.nodes) {
      expect(node.parents.every((id) => id < node.id)).toBe(true);
    }
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('formatNumber', () => {
  it('rounds to 6 significant digits and drops trailing zeros', () => {
    expect([0.37754066879814546, 2, -1e-7, 123456789, Number.NaN].map((x) => formatNumber(x))).toEqual([
      '0.377541',
      '2',
      '-1e-7',
      '123457000',
      'NaN',
    ]);
  });
});
