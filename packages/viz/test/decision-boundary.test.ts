import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tensor } from '@bp/tensor';
import { ArgumentError, ShapeError, decisionBoundarySvg, type Predictor } from '../src/index.js';
import { pathPoints } from './path.js';
import { attributeValues, byClass, byName, findAll, parseXml, viewBox, type XmlElement } from './xml.js';

const XOR_POINTS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
const XOR_LABELS = [0, 1, 1, 0];
const cells = (svg: XmlElement) => findAll(svg, byClass('rect', 'cell'));
const points = (svg: XmlElement) => findAll(svg, byClass('circle', 'point'));
function rowsOf(svg: XmlElement): Map<string, XmlElement[]> {
  const rows = new Map<string, XmlElement[]>();
  for (const cell of cells(svg)) rows.set(cell.attributes.y, [...(rows.get(cell.attributes.y) ?? []), cell]);
  return rows;
}

describe('decisionBoundarySvg', () => {
  it('draws a point per example, coloured by label, and a cell row per grid row', () => {
    const svg = parseXml(
      decisionBoundarySvg((x, y) => (x > 0.5 !== y > 0.5 ? 0.9 : 0.1), XOR_POINTS, XOR_LABELS, {
        resolution: 20,
      }),
    );
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(points(svg).map((p) => p.attributes.class)).toEqual([
      'point class-0',
      'point class-1',
      'point class-1',
      'point class-0',
    ]);
    expect(points(svg)[0].attributes.fill).not.toBe(points(svg)[1].attributes.fill);
    expect(rowsOf(svg).size).toBe(20);
    // XOR's four quadrants: every row is two runs of equal colour.
    for (const row of rowsOf(svg).values()) expect(row).toHaveLength(2);
    expect(findAll(svg, byClass('path', 'boundary'))).toHaveLength(1);
  });

  it('merges a constant prediction into one rect per row and draws no boundary line', () => {
    const svg = parseXml(decisionBoundarySvg(() => 0.2, XOR_POINTS, XOR_LABELS, { resolution: 50 }));
    expect(cells(svg)).toHaveLength(50);
    expect(findAll(svg, byClass('path', 'boundary'))).toHaveLength(0);
  });

  it('gives the same picture for a batch predictor, which is called once with the grid row-major from the top left', () => {
    const point = (x: number, y: number) => 1 / (1 + Math.exp(-(3 * x - 2 * y)));
    let calls = 0;
    let firstPoint: number[] = [];
    const batch: Predictor = {
      batch: (grid) => {
        calls++;
        firstPoint = [grid[0], grid[1]];
        return Array.from({ length: grid.length / 2 }, (_, i) => point(grid[2 * i], grid[2 * i + 1]));
      },
    };
    const data = tensor(XOR_POINTS);
    const labels = tensor([[0], [1], [1], [0]]);
    expect(decisionBoundarySvg(batch, data, labels)).toBe(decisionBoundarySvg(point, XOR_POINTS, XOR_LABELS));
    expect(calls).toBe(1);
    // Top-left cell: smallest x, largest y.
    expect(firstPoint[0]).toBeLessThan(0);
    expect(firstPoint[1]).toBeGreaterThan(1);
  });

  it('crosses the threshold where the score changes sign, with -1/+1 labels and scores', () => {
    const svg = parseXml(
      decisionBoundarySvg((x) => x - 0.5, XOR_POINTS, [-1, 1, 1, -1], { output: 'score', resolution: 10 }),
    );
    const line = pathPoints(findAll(svg, byClass('path', 'boundary'))[0].attributes.d);
    const frame = findAll(svg, byClass('rect', 'frame'))[0].attributes;
    const middle = Number(frame.x) + Number(frame.width) / 2;
    for (const p of line) expect(Math.abs(p.x - middle)).toBeLessThan(0.02);
    expect(points(svg)[0].attributes.class).toBe('point class-0');
  });

  it('shades NaN predictions grey and keeps NaN out of the markup', () => {
    const markup = decisionBoundarySvg((x) => (x < 0.5 ? NaN : Infinity), XOR_POINTS, XOR_LABELS, {
      resolution: 8,
    });
    const svg = parseXml(markup);
    expect(cells(svg).some((c) => c.attributes.fill === '#d1d5db')).toBe(true);
    expect(attributeValues(svg).filter((v) => /NaN|Infinity/.test(v))).toEqual([]);
  });

  it('frames a single point and keeps every point inside the viewBox (property)', () => {
    const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate, coordinate, fc.integer({ min: 0, max: 2 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (rows) => {
          const svg = parseXml(
            decisionBoundarySvg(
              (x, y) => (x + y > 0 ? 0.8 : 0.3),
              rows.map(([x, y]) => [x, y]),
              rows.map(([, , label]) => label),
              { resolution: 12 },
            ),
          );
          const [minX, minY, width, height] = viewBox(svg);
          expect(points(svg)).toHaveLength(rows.length);
          for (const p of points(svg)) {
            const [cx, cy] = [Number(p.attributes.cx), Number(p.attributes.cy)];
            expect(cx).toBeGreaterThanOrEqual(minX);
            expect(cx).toBeLessThanOrEqual(minX + width);
            expect(cy).toBeGreaterThanOrEqual(minY);
            expect(cy).toBeLessThanOrEqual(minY + height);
          }
          expect(
            findAll(svg, byName('rect')).every((r) => !/NaN/.test(Object.values(r.attributes).join())),
          ).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each([
    [
      () => decisionBoundarySvg(5 as unknown as Predictor, XOR_POINTS, XOR_LABELS),
      ArgumentError,
      /decisionBoundarySvg: argument 'predict'/,
    ],
    [
      () => decisionBoundarySvg(() => 0, XOR_POINTS, [0, 1]),
      ShapeError,
      /decisionBoundarySvg: got 4 points but 2 labels/,
    ],
    [() => decisionBoundarySvg(() => 0, [[0, NaN]], [0]), ArgumentError, /argument 'points' must be finite/],
    [
      () => decisionBoundarySvg(() => 0, [[0, 1, 2]], [0]),
      ArgumentError,
      /argument 'points' must hold \[x, y\] pairs/,
    ],
    [
      () => decisionBoundarySvg(() => 0, tensor([[1, 2, 3]]), [0]),
      ShapeError,
      /argument 'points' must have shape \[n, 2\]/,
    ],
    [() => decisionBoundarySvg(() => 0, [], []), ArgumentError, /argument 'points' is empty/],
    [
      () => decisionBoundarySvg({ batch: () => [1] }, XOR_POINTS, XOR_LABELS),
      ShapeError,
      /predict.batch must return one number per grid point/,
    ],
    [
      () => decisionBoundarySvg(() => 0, XOR_POINTS, XOR_LABELS, { resolution: 1 }),
      ArgumentError,
      /argument 'resolution'/,
    ],
    [
      () => decisionBoundarySvg(() => 0, XOR_POINTS, XOR_LABELS, { colors: ['red', 'blue'] }),
      ArgumentError,
      /argument 'colors'/,
    ],
  ])('rejects bad input (%#)', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});
