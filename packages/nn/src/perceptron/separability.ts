// Is there a hyperplane w·x + b = 0 with every +1 example strictly on one side and every −1 example on the
// other? Equivalently (scaling w and b), is there (w, b) with y_i (w·x_i + b) ≥ 1 for all i? That is a
// linear feasibility problem, decided exactly here by phase one of the simplex method with Bland's rule
// (which cannot cycle). Meant for the course's small tables, not for large data sets.
import { ArgumentError, ShapeError } from '@bp/tensor';
import { toTensor, type TensorInput } from '../util.js';

export interface SeparationResult {
  separable: boolean;
  /** A separating hyperplane when there is one (y_i (w·x_i + b) ≥ 1 up to rounding), else null. */
  weights: number[] | null;
  bias: number | null;
}

const TOL = 1e-9;

/** Checks the examples [N, d] and their ±1 labels [N]; returns them as row arrays. */
export function checkLabelled(
  op: string,
  X: TensorInput,
  y: TensorInput,
): { rows: number[][]; labels: number[] } {
  const x = toTensor(X);
  const t = toTensor(y);
  if (x.ndim !== 2) throw new ShapeError(op, 'X must be [N, d], one example per row', [x.shape]);
  const [n, d] = x.shape;
  if (t.size !== n || t.ndim > 2)
    throw new ShapeError(op, `y must hold one label per row of X (${n})`, [x.shape, t.shape]);
  const labels = Array.from(t.data);
  labels.forEach((v, i) => {
    if (v !== 1 && v !== -1) {
      throw new ArgumentError(
        op,
        'y',
        `holds ${v} at row ${i}: labels must be −1 or +1 (map 0/1 labels with y ↦ 2y − 1)`,
      );
    }
  });
  const rows = Array.from({ length: n }, (_, i) => Array.from(x.data.subarray(i * d, (i + 1) * d)));
  return { rows, labels };
}

/** Whether some hyperplane (through the origin when `bias` is false) separates the ±1 labels strictly. */
export function isLinearlySeparable(
  X: TensorInput,
  y: TensorInput,
  options: { bias?: boolean } = {},
): boolean {
  return linearSeparation(X, y, options).separable;
}

/** Like `isLinearlySeparable`, also returning a separating (w, b) as a certificate. */
export function linearSeparation(
  X: TensorInput,
  y: TensorInput,
  options: { bias?: boolean } = {},
): SeparationResult {
  const { rows, labels } = checkLabelled('linearSeparation', X, y);
  const withBias = options.bias ?? true;
  const m = rows.length;
  const d = rows[0]?.length ?? 0;
  if (m === 0) return { separable: true, weights: new Array<number>(d).fill(0), bias: withBias ? 0 : null };
  // Scaling X does not change separability; it keeps the tolerances meaningful.
  const scale = Math.max(1, ...rows.flat().map(Math.abs));
  // Free variables (w, b) as differences of non-negative ones: u = [w⁺, w⁻, b⁺, b⁻].
  const A = rows.map((r, i) => {
    const s = r.map((v) => (labels[i] * v) / scale);
    return withBias ? [...s, ...s.map((v) => -v), labels[i], -labels[i]] : [...s, ...s.map((v) => -v)];
  });
  const u = phaseOne(A);
  if (u === null) return { separable: false, weights: null, bias: null };
  const weights = Array.from({ length: d }, (_, k) => (u[k] - u[d + k]) / scale);
  return { separable: true, weights, bias: withBias ? u[2 * d] - u[2 * d + 1] : 0 };
}

/** A u ≥ 1 with u ≥ 0: a feasible u, or null. Tableau [A | −I | I | 1] with the artificials as the first basis. */
function phaseOne(A: number[][]): number[] | null {
  const m = A.length;
  const n = A[0].length;
  const cols = n + 2 * m;
  const T = A.map((row, i) => {
    const r = new Array<number>(cols + 1).fill(0);
    row.forEach((v, j) => (r[j] = v));
    r[n + i] = -1;
    r[n + m + i] = 1;
    r[cols] = 1;
    return r;
  });
  const basis = Array.from({ length: m }, (_, i) => n + m + i);
  // Reduced costs of minimising Σ artificials; the last entry is minus the objective.
  const cost = new Array<number>(cols + 1).fill(0);
  for (let j = 0; j <= cols; j++) if (j < n + m || j === cols) for (let i = 0; i < m; i++) cost[j] -= T[i][j];
  const maxPivots = 50 * (cols + m) + 1000;
  for (let iter = 0; iter < maxPivots; iter++) {
    const enter = cost.findIndex((c, j) => j < cols && c < -TOL);
    if (enter < 0) break;
    let leave = -1;
    let best = Infinity;
    for (let i = 0; i < m; i++) {
      if (T[i][enter] <= TOL) continue;
      const ratio = T[i][cols] / T[i][enter];
      if (ratio < best - TOL || (Math.abs(ratio - best) <= TOL && basis[i] < basis[leave])) {
        best = ratio;
        leave = i;
      }
    }
    if (leave < 0) break; // cannot happen in phase one: the objective is bounded below by 0
    pivot(T, cost, leave, enter);
    basis[leave] = enter;
    if (iter === maxPivots - 1)
      throw new Error('linearSeparation: the simplex method did not finish (numerical trouble)');
  }
  if (-cost[cols] > 1e-7) return null;
  const u = new Array<number>(n).fill(0);
  basis.forEach((j, i) => {
    if (j < n) u[j] = T[i][cols];
  });
  return u;
}

function pivot(T: number[][], cost: number[], r: number, c: number): void {
  const row = T[r];
  const p = row[c];
  for (let j = 0; j < row.length; j++) row[j] /= p;
  const eliminate = (target: number[]): void => {
    const f = target[c];
    if (f === 0) return;
    for (let j = 0; j < target.length; j++) target[j] -= f * row[j];
  };
  T.forEach((other, i) => {
    if (i !== r) eliminate(other);
  });
  eliminate(cost);
}
