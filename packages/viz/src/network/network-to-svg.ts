import { formatNumber } from '../format.js';
import { svgDocument, textElement } from '../svg/document.js';
import { coord } from '../svg/escape.js';
import { ArgumentError } from '../errors.js';
import { describe, integerIn } from '../validate.js';
import { checkDiagram, type NetworkDiagram, type NetworkLayer, type NeuronAnnotation } from './diagram.js';

export interface NetworkToSvgOptions {
  /** Significant digits of the numbers shown (default 4). */
  digits?: number;
  /** Write each weight on its edge (default true when the diagram has weights). */
  showWeights?: boolean;
  title?: string;
}

const RADIUS = 22;
const COLUMN_GAP = 250;
const MARGIN = { x: 110, top: 52, bottom: 24, title: 28 };
const LINE = 15;
const POSITIVE = '#2563eb';
const NEGATIVE = '#dc2626';

/**
 * A layered neuron diagram of a small fully connected network, as lectures draw them: one column of circles per
 * layer (input on the left), an edge from every neuron to every neuron of the next layer, and under each neuron
 * its annotations (e.g. `a = 0.567, 0.555` and `δ = -0.00388, -0.00808`, one number per example).
 * With weights, an edge's width grows with |w|, its colour says the sign (blue +, red −) and its weight is
 * written near its start.
 *
 * Ids: neuron j of layer l is `<g id="n{l}_{j}" class="neuron layer-{l}">`; the edge from neuron k of layer l
 * to neuron j of layer l+1 is `<line id="w{l}_{j}_{k}" class="weight">`.
 *
 * @throws ArgumentError or ShapeError when the layers, names, annotations or weights do not fit together.
 */
export function networkToSvg(network: NetworkDiagram, options: NetworkToSvgOptions = {}): string {
  const op = 'networkToSvg';
  checkDiagram(op, network);
  const digits = integerIn(op, 'digits', options.digits ?? 4, 1, 17);
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw new ArgumentError(op, 'title', `must be a string, got ${describe(options.title)}`);
  }
  const { layers, weights } = network;
  const showWeights = (options.showWeights ?? true) && weights !== undefined;
  const format = (x: number): string => formatNumber(x, digits);

  // Every neuron gets the same slot height: its circle plus its layer's annotation lines.
  const annotationLines = Math.max(0, ...layers.map((layer) => layer.annotations?.length ?? 0));
  const slot = 2 * RADIUS + 18 + annotationLines * LINE;
  const tallest = Math.max(...layers.map((layer) => layer.size));
  const top = MARGIN.top + (options.title ? MARGIN.title : 0);
  const width = 2 * MARGIN.x + (layers.length - 1) * COLUMN_GAP;
  const height = top + tallest * slot + MARGIN.bottom;
  const cx = (l: number): number => MARGIN.x + l * COLUMN_GAP;
  const cy = (l: number, j: number): number =>
    top + ((tallest - layers[l].size) * slot) / 2 + j * slot + RADIUS;

  const body = [`<rect width="100%" height="100%" fill="white"/>`];
  if (options.title)
    body.push(
      textElement(
        width / 2,
        24,
        options.title,
        'text-anchor="middle" font-size="16" font-weight="bold" fill="#0f172a"',
      ),
    );
  const largest = Math.max(1e-12, ...(weights ?? []).flat(2).filter(Number.isFinite).map(Math.abs));
  body.push('<g class="weights">');
  for (let l = 0; l + 1 < layers.length; l++) {
    for (let j = 0; j < layers[l + 1].size; j++) {
      for (let k = 0; k < layers[l].size; k++) {
        const w = weights?.[l][j][k];
        body.push(edge(l, j, k, w, largest, cx, cy));
      }
    }
  }
  body.push('</g>');
  if (showWeights) body.push(...weightLabels(layers, weights ?? [], cx, cy, format));
  layers.forEach((layer, l) => {
    body.push(
      textElement(
        cx(l),
        top - 18,
        layer.title ?? defaultTitle(l, layers.length),
        'text-anchor="middle" font-size="13" font-weight="bold" fill="#334155"',
      ),
    );
    for (let j = 0; j < layer.size; j++) body.push(neuron(layer, l, j, cx(l), cy(l, j), format));
  });
  return svgDocument(body, {
    width,
    height,
    title: options.title ?? 'network diagram',
    className: 'network',
  });
}

function edge(
  l: number,
  j: number,
  k: number,
  w: number | undefined,
  largest: number,
  cx: (l: number) => number,
  cy: (l: number, j: number) => number,
): string {
  const strokeWidth =
    w === undefined || !Number.isFinite(w) ? 1.2 : 0.8 + 2.7 * Math.min(1, Math.abs(w) / largest);
  const color = w === undefined || !Number.isFinite(w) ? '#94a3b8' : w < 0 ? NEGATIVE : POSITIVE;
  const [x1, y1, x2, y2] = edgeEnds(cx(l), cy(l, k), cx(l + 1), cy(l + 1, j));
  return (
    `<line id="w${l}_${j}_${k}" class="weight" x1="${coord(x1)}" y1="${coord(y1)}" x2="${coord(x2)}" y2="${coord(y2)}" ` +
    `stroke="${color}" stroke-width="${coord(strokeWidth)}" stroke-opacity="0.75"/>`
  );
}

/** The segment between two neuron centres, cut at both circles. */
function edgeEnds(x0: number, y0: number, x1: number, y1: number): [number, number, number, number] {
  const length = Math.hypot(x1 - x0, y1 - y0);
  const ux = (x1 - x0) / length;
  const uy = (y1 - y0) / length;
  return [x0 + RADIUS * ux, y0 + RADIUS * uy, x1 - RADIUS * ux, y1 - RADIUS * uy];
}

/** Each weight's value on its edge, a fifth of the way along: near the start, edges from one neuron are still apart. */
function weightLabels(
  layers: readonly NetworkLayer[],
  weights: readonly (readonly (readonly number[])[])[],
  cx: (l: number) => number,
  cy: (l: number, j: number) => number,
  format: (x: number) => string,
): string[] {
  const out = ['<g class="weight-labels">'];
  for (let l = 0; l + 1 < layers.length; l++) {
    for (let j = 0; j < layers[l + 1].size; j++) {
      for (let k = 0; k < layers[l].size; k++) {
        const [x0, y0, x1, y1] = edgeEnds(cx(l), cy(l, k), cx(l + 1), cy(l + 1, j));
        const t = 0.2;
        out.push(
          textElement(
            x0 + t * (x1 - x0),
            y0 + t * (y1 - y0) + 4,
            format(weights[l][j][k]),
            HALO + ' text-anchor="middle" font-size="11" fill="#1e293b"',
          ),
        );
      }
    }
  }
  out.push('</g>');
  return out;
}

function neuron(
  layer: NetworkLayer,
  l: number,
  j: number,
  x: number,
  y: number,
  format: (x: number) => string,
): string {
  const name = layer.names?.[j] ?? `${l === 0 ? 'x' : 'a'}${j + 1}`;
  const fill = l === 0 ? '#e0e7ff' : '#fef3c7';
  const lines = (layer.annotations ?? []).map((annotation, a) =>
    textElement(
      x,
      y + RADIUS + 16 + a * LINE,
      annotationText(annotation, j, format),
      HALO + ' text-anchor="middle" font-size="12" fill="#0f172a"',
    ),
  );
  return [
    `<g id="n${l}_${j}" class="neuron layer-${l}">`,
    `<circle cx="${coord(x)}" cy="${coord(y)}" r="${RADIUS}" fill="${fill}" stroke="#334155" stroke-width="1.5"/>`,
    textElement(x, y + 5, name, 'text-anchor="middle" font-size="14" fill="#0f172a"'),
    ...lines,
    '</g>',
  ].join('\n');
}

function annotationText(annotation: NeuronAnnotation, j: number, format: (x: number) => string): string {
  const value = annotation.values[j];
  const numbers = typeof value === 'number' ? [value] : value;
  return `${annotation.label} = ${numbers.map(format).join(', ')}`;
}

function defaultTitle(l: number, count: number): string {
  if (l === 0) return 'input';
  return l === count - 1 ? 'output' : `layer ${l}`;
}

// Text drawn over the edges stays readable on a white outline.
const HALO = `paint-order="stroke" stroke="white" stroke-width="3" stroke-linejoin="round"`;
