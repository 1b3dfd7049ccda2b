import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArgumentError, lossCurveSvg, type TrainingHistory } from '../src/index.js';
import { pathPoints } from './path.js';
import { attributeValues, byClass, findAll, parseXml, texts, viewBox, type XmlElement } from './xml.js';

const series = (svg: XmlElement, key: string) =>
  findAll(svg, byClass('path', 'series')).filter((p) => p.attributes.class === `series ${key}`);
const pointsOf = (svg: XmlElement, key: string) => pathPoints(series(svg, key)[0]?.attributes.d ?? '');

// The shape `fit` returns (@bp/optim's History); lossCurveSvg reads only the per-epoch series.
const fitHistory = {
  loss: [0.7, 0.5, 0.31, 0.2, 0.12],
  accuracy: [0.5, 0.5, 0.75, 1, 1],
  valLoss: [0.72, 0.55, 0.4, 0.3, 0.25],
  lr: [0.1, 0.1, 0.1, 0.1, 0.1],
  epochs: 5,
  stoppedEarly: false,
  reason: 'maxEpochs' as const,
};

describe('lossCurveSvg', () => {
  it("plots one point per epoch for each of fit's series, accuracy in its own panel", () => {
    const svg = parseXml(lossCurveSvg(fitHistory, { title: 'XOR' }));
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(pointsOf(svg, 'loss')).toHaveLength(5);
    expect(pointsOf(svg, 'valLoss')).toHaveLength(5);
    expect(pointsOf(svg, 'accuracy')).toHaveLength(5);
    expect(series(svg, 'valAccuracy')).toHaveLength(0);
    expect(findAll(svg, byClass('circle', 'point'))).toHaveLength(15);
    expect(findAll(svg, byClass('g', 'panel'))).toHaveLength(2);
    expect(texts(svg)).toEqual(expect.arrayContaining(['XOR', 'loss', 'val loss', 'accuracy', 'epoch']));
  });

  it('draws a falling loss falling (smaller loss, larger y in SVG coordinates is lower on screen)', () => {
    const points = pointsOf(parseXml(lossCurveSvg([3, 2, 1])), 'loss');
    expect(points.map((p) => p.x)).toEqual([...points.map((p) => p.x)].sort((a, b) => a - b));
    expect(points[0].y).toBeLessThan(points[1].y);
    expect(points[1].y).toBeLessThan(points[2].y);
  });

  it('leaves gaps for NaN and Infinity instead of writing them', () => {
    const markup = lossCurveSvg({ loss: [1, NaN, 0.5, 0.4, Infinity, 0.2] });
    const svg = parseXml(markup);
    const points = pointsOf(svg, 'loss');
    expect(points.map((p) => p.command)).toEqual(['M', 'M', 'L', 'M']);
    expect(attributeValues(svg).filter((v) => /NaN|Infinity/.test(v))).toEqual([]);
  });

  it('on a log scale leaves out losses ≤ 0 and labels powers of ten', () => {
    const svg = parseXml(lossCurveSvg([1, 0.1, 0, 0.001], { lossScale: 'log', markers: false }));
    expect(pointsOf(svg, 'loss')).toHaveLength(3);
    expect(texts(svg)).toEqual(expect.arrayContaining(['0.001', '0.01', '0.1', '1']));
    expect(findAll(svg, byClass('circle', 'point'))).toHaveLength(0);
  });

  it('translates its labels and draws an empty history as empty axes', () => {
    const svg = parseXml(lossCurveSvg({ loss: [] }, { labels: { epoch: 'época', loss: 'perda' } }));
    expect(texts(svg)).toEqual(expect.arrayContaining(['época', 'perda']));
    expect(findAll(svg, byClass('path', 'series'))).toHaveLength(0);
  });

  it('puts every point inside the viewBox, for any finite history and size (property)', () => {
    const values = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 120 });
    const history = fc.record(
      { loss: values, valLoss: values, accuracy: values, valAccuracy: values },
      { requiredKeys: ['loss'] },
    );
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 100, max: 2000 }),
        fc.integer({ min: 100, max: 2000 }),
        (h: TrainingHistory, width, height) => {
          const svg = parseXml(lossCurveSvg(h, { width, height }));
          const [minX, minY, w, hgt] = viewBox(svg);
          expect([w, hgt]).toEqual([width, height]);
          for (const key of ['loss', 'valLoss', 'accuracy', 'valAccuracy'] as const) {
            const points = pointsOf(svg, key);
            expect(points).toHaveLength(h[key]?.length ?? 0);
            for (const p of points) {
              expect(p.x).toBeGreaterThanOrEqual(minX);
              expect(p.x).toBeLessThanOrEqual(minX + w);
              expect(p.y).toBeGreaterThanOrEqual(minY);
              expect(p.y).toBeLessThanOrEqual(minY + hgt);
            }
          }
          expect(attributeValues(svg).filter((v) => /NaN|Infinity/.test(v))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    [() => lossCurveSvg(null as unknown as number[]), /lossCurveSvg: argument 'history'/],
    [
      () => lossCurveSvg({ loss: [1, '2' as unknown as number] }),
      /lossCurveSvg: argument 'history.loss' has a non-number at index 1/,
    ],
    [() => lossCurveSvg([1], { width: 50 }), /lossCurveSvg: argument 'width'/],
    [() => lossCurveSvg([1], { lossScale: 'sqrt' as 'log' }), /lossCurveSvg: argument 'lossScale'/],
  ])('rejects bad input with ArgumentError (%#)', (call, message) => {
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(message);
  });
});
