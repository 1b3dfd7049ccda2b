import { describe, expect, it } from 'vitest';
import { ArgumentError, ShapeError, networkToSvg, type NetworkDiagram } from '../src/index.js';
import { E4_DIAGRAM } from './e4.js';
import { attributeValues, byClass, byName, findAll, parseXml, texts, viewBox } from './xml.js';

describe('networkToSvg on the E4 network', () => {
  const svg = parseXml(networkToSvg(E4_DIAGRAM, { digits: 6, title: 'E4' }));

  it('draws a circle per neuron with ids n{layer}_{j}, inside the picture', () => {
    const neurons = findAll(svg, byClass('g', 'neuron'));
    expect(neurons.map((n) => n.attributes.id)).toEqual(['n0_0', 'n0_1', 'n1_0', 'n1_1', 'n1_2', 'n2_0']);
    const [, , width, height] = viewBox(svg);
    for (const circle of findAll(svg, byName('circle'))) {
      const [cx, cy, r] = ['cx', 'cy', 'r'].map((a) => Number(circle.attributes[a]));
      expect(cx - r).toBeGreaterThanOrEqual(0);
      expect(cx + r).toBeLessThanOrEqual(width);
      expect(cy - r).toBeGreaterThanOrEqual(0);
      expect(cy + r).toBeLessThanOrEqual(height);
    }
  });

  it("writes each hidden neuron's δ for both examples, as the worked example gives them", () => {
    const hidden = (j: number) => texts(findAll(svg, (e) => e.attributes.id === `n1_${j}`)[0]);
    expect(hidden(0)).toEqual(['a1', 'a = 0.567093, 0.554779', 'δ = -0.00388, -0.008085']);
    expect(hidden(1)).toContain('δ = 0.000553, 0.001168');
    expect(hidden(2)).toContain('δ = -0.001114, -0.002299');
    expect(texts(findAll(svg, (e) => e.attributes.id === 'n2_0')[0])).toEqual([
      'ŷ',
      'a = 0.605471, 0.604421',
    ]);
  });

  it('draws every weight as an edge w{l}_{j}_{k}, coloured by sign, with its value', () => {
    const edges = findAll(svg, byClass('line', 'weight'));
    expect(edges).toHaveLength(2 * 3 + 3 * 1);
    const edge = (id: string) => edges.find((e) => e.attributes.id === id)!;
    expect(edge('w0_2_0').attributes.stroke).toBe('#dc2626'); // θ(1)[2][0] = -0.4
    expect(edge('w1_0_0').attributes.stroke).toBe('#2563eb'); // θ(2)[0][0] = 0.7, the largest: widest
    const widths = edges.map((e) => Number(e.attributes['stroke-width']));
    expect(Math.max(...widths)).toBe(Number(edge('w1_0_0').attributes['stroke-width']));
    const labels = texts(findAll(svg, byClass('g', 'weight-labels'))[0]);
    expect(labels).toEqual(['0.5', '0.2', '0.6', '-0.1', '-0.4', '-0.3', '0.7', '-0.1', '0.2']);
  });

  it('leaves the weight labels out when asked, and needs no weights at all', () => {
    expect(networkToSvg(E4_DIAGRAM, { showWeights: false })).not.toContain('weight-labels');
    const bare = parseXml(networkToSvg({ layers: [{ size: 2 }, { size: 4 }, { size: 1 }] }));
    expect(findAll(bare, byClass('line', 'weight'))).toHaveLength(12);
    expect(texts(bare)).toEqual(expect.arrayContaining(['input', 'layer 1', 'output', 'x1', 'a4']));
  });

  it('prints NaN annotations as text and escapes names', () => {
    const markup = networkToSvg({
      layers: [{ size: 1, names: ['<x & y>'], annotations: [{ label: 'δ', values: [NaN] }] }, { size: 1 }],
      weights: [[[Infinity]]],
    });
    const parsed = parseXml(markup);
    expect(texts(parsed)).toEqual(expect.arrayContaining(['<x & y>', 'δ = NaN', '∞']));
    expect(attributeValues(parsed).filter((v) => /NaN|Infinity/.test(v))).toEqual([]);
  });
});

describe('networkToSvg rejects diagrams that do not fit together', () => {
  const layers = E4_DIAGRAM.layers;
  it.each<[NetworkDiagram, typeof ArgumentError | typeof ShapeError, RegExp]>([
    [{ layers: [] }, ArgumentError, /networkToSvg: argument 'network'/],
    [{ layers: [{ size: 0 }] }, ArgumentError, /argument 'network.layers\[0\].size'/],
    [{ layers: [{ size: 2, names: ['a'] }] }, ArgumentError, /argument 'network.layers\[0\].names'/],
    [
      { layers: [{ size: 2, annotations: [{ label: 'δ', values: [1] }] }] },
      ShapeError,
      /annotations\[0\].values must hold one entry per neuron/,
    ],
    [{ layers, weights: [E4_DIAGRAM.weights![0]] }, ArgumentError, /argument 'network.weights'/],
    [
      { layers, weights: [E4_DIAGRAM.weights![1], E4_DIAGRAM.weights![0]] },
      ShapeError,
      /network.weights\[0\] must be a \[3, 2\] matrix/,
    ],
  ])('%#', (network, type, message) => {
    expect(() => networkToSvg(network)).toThrow(type);
    expect(() => networkToSvg(network)).toThrow(message);
  });
});
