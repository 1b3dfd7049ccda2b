import { ArgumentError } from '../errors.js';
import { svgDocument, textElement } from '../svg/document.js';
import { atLeast, describe, oneOf } from '../validate.js';
import { seriesOf, type Series, type TrainingHistory } from './history.js';
import { panelMarkup, type PanelSeries } from './panel.js';
import { extent, makeScale, type ScaleKind } from './scale.js';

export interface LossCurveLabels {
  epoch?: string;
  loss?: string;
  valLoss?: string;
  accuracy?: string;
  valAccuracy?: string;
}

export interface LossCurveOptions {
  /** Pixels, at least 100 (default 640). */
  width?: number;
  /** Pixels, at least 100 (default 360, or 540 when there is an accuracy panel). */
  height?: number;
  title?: string;
  /** The loss axis: 'linear' (default) or 'log' (values ≤ 0 are then left out, as gaps). */
  lossScale?: ScaleKind;
  /** Axis and legend texts, e.g. for a translated page (defaults: epoch, loss, val loss, accuracy, val accuracy). */
  labels?: LossCurveLabels;
  /** A dot on every value (default: when there are at most 60 epochs). */
  markers?: boolean;
}

const STYLE: Record<Series['key'], { color: string; dashed: boolean; name: string }> = {
  loss: { color: '#2563eb', dashed: false, name: 'loss' },
  valLoss: { color: '#ea580c', dashed: true, name: 'val loss' },
  accuracy: { color: '#16a34a', dashed: false, name: 'accuracy' },
  valAccuracy: { color: '#9333ea', dashed: true, name: 'val accuracy' },
};

const MARGIN = { left: 64, right: 16, top: 16, bottom: 44, gap: 44, title: 28 };
/** Pixels kept free inside a panel around the lines, so extreme values do not sit on the frame. */
const INSET = 6;
/** Below this the margins leave no room for the lines. */
const MIN_SIZE = 100;

/**
 * A line plot of a training history, one point per epoch: the loss (and validation loss, dashed) in the top
 * panel and, when the history has them, the accuracy (and validation accuracy) in a second panel below, sharing
 * the epoch axis. Accepts `fit`'s returned history from @bp/optim directly, or a plain array of losses.
 * Non-finite values (a diverged run) are left out as gaps in the line.
 *
 * Each series is one `<path class="series {loss|valLoss|accuracy|valAccuracy}">`, with one M/L command per
 * drawn value, and (with markers) a `<circle class="point {key}">` per drawn value.
 *
 * @throws ArgumentError when `history` is neither, a series holds a non-number, or an option is invalid.
 */
export function lossCurveSvg(
  history: TrainingHistory | readonly number[],
  options: LossCurveOptions = {},
): string {
  const op = 'lossCurveSvg';
  const series = seriesOf(op, history);
  const lossScale = oneOf(op, 'lossScale', options.lossScale ?? 'linear', ['linear', 'log']);
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw new ArgumentError(op, 'title', `must be a string, got ${describe(options.title)}`);
  }
  const losses = series.filter((s) => s.key === 'loss' || s.key === 'valLoss');
  const accuracies = series.filter((s) => s.key === 'accuracy' || s.key === 'valAccuracy');
  const width = atLeast(op, 'width', options.width ?? 640, MIN_SIZE);
  const height = atLeast(op, 'height', options.height ?? (accuracies.length > 0 ? 540 : 360), MIN_SIZE);
  const epochs = Math.max(1, ...series.map((s) => s.values.length));
  const markers = options.markers ?? epochs <= 60;
  const labels = options.labels ?? {};
  const named = (s: Series): PanelSeries => ({
    ...STYLE[s.key],
    name: labels[s.key] ?? STYLE[s.key].name,
    key: s.key,
    values: s.values,
  });

  const top = MARGIN.top + (options.title ? MARGIN.title : 0);
  const plotWidth = Math.max(1, width - MARGIN.left - MARGIN.right);
  const free = Math.max(2, height - top - MARGIN.bottom - (accuracies.length > 0 ? MARGIN.gap : 0));
  const lossHeight = accuracies.length > 0 ? free * 0.6 : free;
  const x = makeScale('linear', [1, epochs], MARGIN.left + INSET, MARGIN.left + plotWidth - INSET);

  const body = [`<rect width="100%" height="100%" fill="white"/>`];
  if (options.title)
    body.push(
      textElement(
        width / 2,
        MARGIN.top + 12,
        options.title,
        'text-anchor="middle" font-size="15" font-weight="bold" fill="#0f172a"',
      ),
    );
  const lossDomain =
    extent(
      losses.flatMap((s) => s.values),
      lossScale === 'log' ? (v) => Number.isFinite(v) && v > 0 : Number.isFinite,
    ) ?? (lossScale === 'log' ? [0.1, 1] : [0, 1]);
  body.push(
    ...panelMarkup(
      {
        left: MARGIN.left,
        top,
        width: plotWidth,
        height: lossHeight,
        x,
        y: makeScale(lossScale, lossDomain, top + lossHeight - INSET, top + INSET),
        xLabel: accuracies.length > 0 ? undefined : (labels.epoch ?? 'epoch'),
        yLabel: labels.loss ?? 'loss',
        markers,
      },
      losses.map(named),
    ),
  );
  if (accuracies.length > 0) {
    const accTop = top + lossHeight + MARGIN.gap;
    const accHeight = free - lossHeight;
    const found = extent(accuracies.flatMap((s) => s.values));
    // Accuracies are fractions: show the whole [0, 1] unless some value falls outside it.
    const accDomain: [number, number] =
      found === undefined || (found[0] >= 0 && found[1] <= 1) ? [0, 1] : found;
    body.push(
      ...panelMarkup(
        {
          left: MARGIN.left,
          top: accTop,
          width: plotWidth,
          height: accHeight,
          x,
          y: makeScale('linear', accDomain, accTop + accHeight - INSET, accTop + INSET),
          xLabel: labels.epoch ?? 'epoch',
          yLabel: labels.accuracy ?? 'accuracy',
          markers,
        },
        accuracies.map(named),
      ),
    );
  }
  return svgDocument(body, {
    width,
    height,
    title: options.title ?? 'training history',
    className: 'loss-curve',
  });
}
