// The line where the grid's values cross the threshold (marching squares on the cell centres), as path data.
import { coord } from '../svg/escape.js';

export interface GridGeometry {
  readonly cols: number;
  readonly rows: number;
  /** Pixel position of cell column c's centre. */
  readonly px: (c: number) => number;
  /** Pixel position of cell row r's centre. */
  readonly py: (r: number) => number;
}

/** SVG path data ('M…L…' per segment) of the threshold crossing; '' when the values never cross it. */
export function contourPath(values: Float64Array, geometry: GridGeometry, threshold: number): string {
  const { cols, rows, px, py } = geometry;
  // Clamped so that ±Infinity still interpolates (an overconfident score); NaN passes through as unknown.
  const at = (r: number, c: number) => Math.max(-1e300, Math.min(1e300, values[r * cols + c] - threshold));
  const parts: string[] = [];
  for (let r = 0; r + 1 < rows; r++) {
    for (let c = 0; c + 1 < cols; c++) {
      // Corners clockwise from the top-left; a square with an unknown corner has no line.
      const v = [at(r, c), at(r, c + 1), at(r + 1, c + 1), at(r + 1, c)];
      if (v.some((x) => Number.isNaN(x))) continue;
      const corners: [number, number][] = [
        [px(c), py(r)],
        [px(c + 1), py(r)],
        [px(c + 1), py(r + 1)],
        [px(c), py(r + 1)],
      ];
      const crossings: [number, number][] = [];
      for (let k = 0; k < 4; k++) {
        const a = v[k];
        const b = v[(k + 1) % 4];
        if (a < 0 === b < 0) continue;
        // Where the straight line between the two corner values meets the threshold (t in [0, 1]).
        const t = a === b ? 0.5 : Math.min(1, Math.max(0, a / (a - b)));
        const [x0, y0] = corners[k];
        const [x1, y1] = corners[(k + 1) % 4];
        crossings.push([x0 + t * (x1 - x0), y0 + t * (y1 - y0)]);
      }
      // Two crossings make one segment; four (a saddle) make two, paired around the corners.
      for (let k = 0; k + 1 < crossings.length; k += 2) {
        const [a, b] = [crossings[k], crossings[k + 1]];
        parts.push(`M${coord(a[0])},${coord(a[1])}L${coord(b[0])},${coord(b[1])}`);
      }
    }
  }
  return parts.join('');
}
