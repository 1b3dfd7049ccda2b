// One plot panel: axes with ticks and grid lines, a line per series (broken where a value is missing), optional
// point markers, and a legend.
import { formatNumber } from '../format.js';
import { coord, escapeXml } from '../svg/escape.js';
import { textElement } from '../svg/document.js';
import { ticks, type Scale } from './scale.js';

export interface PanelSeries {
  /** Class of the line and its points, e.g. 'loss'. */
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly dashed: boolean;
  readonly values: readonly number[];
}

export interface PanelLayout {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly x: Scale;
  readonly y: Scale;
  readonly xLabel?: string;
  readonly yLabel: string;
  readonly markers: boolean;
}

/** Value i of a series is plotted at x = i + 1 (epochs count from 1). */
export function panelMarkup(layout: PanelLayout, series: readonly PanelSeries[]): string[] {
  const { left, top, width, height, x, y } = layout;
  const bottom = top + height;
  const out = [`<g class="panel ${escapeXml(series[0]?.key ?? 'empty')}-panel">`];
  out.push(
    `<rect x="${coord(left)}" y="${coord(top)}" width="${coord(width)}" height="${coord(height)}" fill="#f8fafc"/>`,
  );
  for (const value of ticks(y, 5)) {
    const py = y.at(value);
    out.push(
      `<line class="grid" x1="${coord(left)}" x2="${coord(left + width)}" y1="${coord(py)}" y2="${coord(py)}" stroke="#e2e8f0"/>`,
      textElement(
        left - 6,
        py + 4,
        formatNumber(value, 3),
        'text-anchor="end" font-size="11" fill="#475569"',
      ),
    );
  }
  for (const value of ticks(x, 8, true)) {
    const px = x.at(value);
    out.push(
      `<line class="tick" x1="${coord(px)}" x2="${coord(px)}" y1="${coord(bottom)}" y2="${coord(bottom + 4)}" stroke="#94a3b8"/>`,
      textElement(
        px,
        bottom + 16,
        formatNumber(value, 6),
        'text-anchor="middle" font-size="11" fill="#475569"',
      ),
    );
  }
  out.push(
    `<path class="axis" d="M${coord(left)},${coord(top)}V${coord(bottom)}H${coord(left + width)}" fill="none" stroke="#94a3b8"/>`,
    textElement(
      left - 44,
      top + height / 2,
      layout.yLabel,
      `text-anchor="middle" font-size="12" fill="#1e293b" transform="rotate(-90 ${coord(left - 44)} ${coord(top + height / 2)})"`,
    ),
  );
  if (layout.xLabel !== undefined) {
    out.push(
      textElement(
        left + width / 2,
        bottom + 32,
        layout.xLabel,
        'text-anchor="middle" font-size="12" fill="#1e293b"',
      ),
    );
  }
  for (const s of series) out.push(...seriesMarkup(layout, s));
  out.push(...legend(layout, series), '</g>');
  return out;
}

function seriesMarkup(layout: PanelLayout, s: PanelSeries): string[] {
  const commands: string[] = [];
  const points: string[] = [];
  let penDown = false;
  s.values.forEach((value, i) => {
    if (!layout.y.accepts(value)) {
      penDown = false; // a gap: the next value starts a new piece of line
      return;
    }
    const px = coord(layout.x.at(i + 1));
    const py = coord(layout.y.at(value));
    commands.push(`${penDown ? 'L' : 'M'}${px},${py}`);
    penDown = true;
    if (layout.markers)
      points.push(`<circle class="point ${s.key}" cx="${px}" cy="${py}" r="2.5" fill="${s.color}"/>`);
  });
  if (commands.length === 0) return [];
  const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
  return [
    `<path class="series ${s.key}" d="${commands.join('')}" fill="none" stroke="${s.color}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"${dash}/>`,
    ...points,
  ];
}

function legend(layout: PanelLayout, series: readonly PanelSeries[]): string[] {
  if (series.length === 0) return [];
  const right = layout.left + layout.width - 8;
  const widest = Math.max(...series.map((s) => s.name.length));
  // A translucent card, so the legend stays readable where a line passes under it.
  const boxWidth = 40 + widest * 6.5;
  const out = [
    `<rect class="legend" x="${coord(right - boxWidth)}" y="${coord(layout.top + 2)}" width="${coord(boxWidth + 4)}" ` +
      `height="${coord(series.length * 16 + 6)}" fill="white" fill-opacity="0.85" rx="3"/>`,
  ];
  series.forEach((s, i) => {
    const y = layout.top + 16 + i * 16;
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    out.push(
      `<line class="legend ${s.key}" x1="${coord(right - 22)}" x2="${coord(right)}" y1="${coord(y - 4)}" y2="${coord(y - 4)}" stroke="${s.color}" stroke-width="2"${dash}/>`,
      textElement(right - 28, y, s.name, 'text-anchor="end" font-size="11" fill="#1e293b"'),
    );
  });
  return out;
}
