import { ArgumentError } from '../errors.js';
import { svgDocument, textElement } from '../svg/document.js';
import { coord } from '../svg/escape.js';
import { formatNumber } from '../format.js';
import { extent, makeScale, ticks } from '../plot/scale.js';
import { atLeast, describe, finiteNumber, integerIn, oneOf } from '../validate.js';
import { CLASS_COLORS, LEVELS, UNKNOWN_COLOR, isHexColor, tint } from './colors.js';
import { contourPath } from './contour.js';
import { evaluateGrid, type Box, type Predictor } from './grid.js';
import { checkPoints, type Labels, type Points2D } from './inputs.js';

export interface DecisionBoundaryOptions {
  /** Pixels, at least 100 (default 420). */
  width?: number;
  /** Pixels, at least 100 (default 420). */
  height?: number;
  /** Grid cells per side (default 50, at most 400). */
  resolution?: number;
  /** Added on each side of the points' bounding box, as a fraction of its size (default 0.15). */
  margin?: number;
  /**
   * What `predict` returns (default 'probability'): a probability of the higher class, shaded by its distance
   * from the threshold 0.5, or a 'score' (a logit or margin), shaded by tanh of its distance from 0.
   */
  output?: 'probability' | 'score';
  /** Where the classes split (default 0.5 for a probability, 0 for a score). */
  threshold?: number;
  /** Draw the line predict = threshold (default true). */
  contour?: boolean;
  /** Class colours as #rrggbb, lowest label first (default blue, orange, green, …). */
  colors?: readonly string[];
  title?: string;
}

const MARGIN = { left: 40, right: 10, top: 10, bottom: 26, title: 24 };

/**
 * A 2-d classifier's decision boundary as a standalone SVG: the plane around the points (their bounding box
 * plus a margin) is cut into resolution × resolution cells, each shaded by `predict` at its centre (tinted
 * towards the class the prediction falls on, white at the threshold, grey where it is NaN), with the threshold
 * line drawn through it and the points on top, coloured by label.
 *
 * Fast enough to redraw on every training step of a live page (50 × 50 cells): give a `{ batch(grid) }`
 * predictor to evaluate the whole grid in one call of the model, and equal neighbouring cells of a row are
 * merged into one `<rect class="cell">`. Points are `<circle class="point class-{k}">`, k the index of the label
 * among the distinct labels in ascending order.
 *
 * @throws ArgumentError on non-finite points or labels, a bad predictor or option; ShapeError when points and
 * labels differ in count or a batch predictor returns the wrong number of outputs.
 */
export function decisionBoundarySvg(
  predict: Predictor,
  points: Points2D,
  labels: Labels,
  options: DecisionBoundaryOptions = {},
): string {
  const op = 'decisionBoundarySvg';
  if (typeof predict !== 'function' && (typeof predict !== 'object' || predict === null)) {
    throw new ArgumentError(
      op,
      'predict',
      `must be a function (x, y) => number or { batch(grid) }, got ${describe(predict)}`,
    );
  }
  const data = checkPoints(op, points, labels);
  if (data.xs.length === 0)
    throw new ArgumentError(op, 'points', 'is empty: the plot is framed around the points');
  const width = atLeast(op, 'width', options.width ?? 420, 100);
  const height = atLeast(op, 'height', options.height ?? 420, 100);
  const resolution = integerIn(op, 'resolution', options.resolution ?? 50, 2, 400);
  const margin = finiteNumber(op, 'margin', options.margin ?? 0.15);
  if (margin < 0) throw new ArgumentError(op, 'margin', `must be ≥ 0, got ${margin}`);
  const output = oneOf(op, 'output', options.output ?? 'probability', ['probability', 'score']);
  const threshold = finiteNumber(op, 'threshold', options.threshold ?? (output === 'probability' ? 0.5 : 0));
  const colors = options.colors ?? CLASS_COLORS;
  if (!Array.isArray(colors) || colors.length < 2 || !colors.every(isHexColor)) {
    throw new ArgumentError(op, 'colors', 'must be an array of at least two #rrggbb colours');
  }

  const box = boxAround(op, data.xs, data.ys, margin);
  const values = evaluateGrid(op, predict, box, resolution, resolution);
  const top = MARGIN.top + (options.title ? MARGIN.title : 0);
  const plot = {
    left: MARGIN.left,
    top,
    width: width - MARGIN.left - MARGIN.right,
    height: height - top - MARGIN.bottom,
  };
  const cellWidth = plot.width / resolution;
  const cellHeight = plot.height / resolution;
  const strength = (v: number): number =>
    output === 'probability'
      ? Math.abs(v - threshold) / (v >= threshold ? 1 - threshold || 1 : threshold || 1)
      : Math.tanh(Math.abs(v - threshold));
  const fillOf = (v: number): string => {
    if (Number.isNaN(v)) return UNKNOWN_COLOR;
    const level = Math.round(Math.min(1, strength(v)) * LEVELS) / LEVELS;
    return tint(v >= threshold ? colors[1] : colors[0], level);
  };

  const body = [
    `<rect width="100%" height="100%" fill="white"/>`,
    '<g class="cells" shape-rendering="crispEdges">',
  ];
  for (let r = 0; r < resolution; r++) {
    // One rect per run of equal colour along the row: far fewer elements than cells.
    let start = 0;
    let fill = fillOf(values[r * resolution]);
    for (let c = 1; c <= resolution; c++) {
      const next = c < resolution ? fillOf(values[r * resolution + c]) : '';
      if (next === fill) continue;
      body.push(
        `<rect class="cell" x="${coord(plot.left + start * cellWidth)}" y="${coord(plot.top + r * cellHeight)}" ` +
          `width="${coord((c - start) * cellWidth)}" height="${coord(cellHeight)}" fill="${fill}"/>`,
      );
      start = c;
      fill = next;
    }
  }
  body.push('</g>');
  if (options.contour ?? true) {
    const d = contourPath(
      values,
      {
        cols: resolution,
        rows: resolution,
        px: (c) => plot.left + (c + 0.5) * cellWidth,
        py: (r) => plot.top + (r + 0.5) * cellHeight,
      },
      threshold,
    );
    if (d !== '')
      body.push(
        `<path class="boundary" d="${d}" fill="none" stroke="#334155" stroke-width="1.5" stroke-linecap="round"/>`,
      );
  }
  body.push(...axes(box, plot));
  const x = makeScale('linear', [box.xMin, box.xMax], plot.left, plot.left + plot.width);
  const y = makeScale('linear', [box.yMin, box.yMax], plot.top + plot.height, plot.top);
  const radius = data.xs.length <= 20 ? 7 : data.xs.length <= 200 ? 4.5 : 3;
  body.push('<g class="points">');
  for (let i = 0; i < data.xs.length; i++) {
    const k = data.classes[i];
    body.push(
      `<circle class="point class-${k}" cx="${coord(x.at(data.xs[i]))}" cy="${coord(y.at(data.ys[i]))}" r="${radius}" ` +
        `fill="${colors[k % colors.length]}" stroke="white" stroke-width="1.2"/>`,
    );
  }
  body.push('</g>');
  if (options.title)
    body.push(
      textElement(
        width / 2,
        MARGIN.top + 14,
        options.title,
        'text-anchor="middle" font-size="15" font-weight="bold" fill="#0f172a"',
      ),
    );
  return svgDocument(body, {
    width,
    height,
    title: options.title ?? 'decision boundary',
    className: 'decision-boundary',
  });
}

/** The points' bounding box grown by `margin` of its size on each side (by 1 along an axis with no extent). */
function boxAround(op: string, xs: Float64Array, ys: Float64Array, margin: number): Box {
  const grow = (values: Float64Array): [number, number] => {
    const [lo, hi] = extent(values)!; // checkPoints made sure there is at least one point, all finite
    const pad = hi > lo ? (hi - lo) * margin : 1;
    const range: [number, number] = [lo - pad, hi + pad];
    if (!Number.isFinite(range[1] - range[0]))
      throw new ArgumentError(op, 'points', 'span a range too large to draw');
    return range;
  };
  const [xMin, xMax] = grow(xs);
  const [yMin, yMax] = grow(ys);
  return { xMin, xMax, yMin, yMax };
}

function axes(box: Box, plot: { left: number; top: number; width: number; height: number }): string[] {
  const bottom = plot.top + plot.height;
  const x = makeScale('linear', [box.xMin, box.xMax], plot.left, plot.left + plot.width);
  const y = makeScale('linear', [box.yMin, box.yMax], bottom, plot.top);
  const out = [
    `<rect class="frame" x="${coord(plot.left)}" y="${coord(plot.top)}" width="${coord(plot.width)}" height="${coord(plot.height)}" fill="none" stroke="#94a3b8"/>`,
  ];
  for (const value of ticks(x, 5)) {
    out.push(
      textElement(
        x.at(value),
        bottom + 16,
        formatNumber(value, 3),
        'text-anchor="middle" font-size="11" fill="#475569"',
      ),
    );
  }
  for (const value of ticks(y, 5)) {
    out.push(
      textElement(
        plot.left - 6,
        y.at(value) + 4,
        formatNumber(value, 3),
        'text-anchor="end" font-size="11" fill="#475569"',
      ),
    );
  }
  return out;
}
