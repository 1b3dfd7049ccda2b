// Reference solution of 03-computation-graph (E2: one ReLU unit feeding one ReLU output unit).

export interface Params {
  x: number;
  y: number;
  w1: number;
  b1: number;
  w2: number;
  b2: number;
}
export type ParamName = 'w1' | 'b1' | 'w2' | 'b2';
export interface Nodes {
  t1: number;
  z1: number;
  a1: number;
  t2: number;
  z2: number;
  a2: number;
  J: number;
}
export interface Derivatives {
  dJ_da2: number;
  dJ_dz2: number;
  dJ_db2: number;
  dJ_dt2: number;
  dJ_dw2: number;
  dJ_da1: number;
  dJ_dz1: number;
  dJ_db1: number;
  dJ_dt1: number;
  dJ_dw1: number;
}
export interface NudgeCheck {
  before: number;
  after: number;
  estimate: number;
}
export interface Cost {
  nudging: number;
  backprop: number;
}

const relu = (z: number): number => Math.max(0, z);
/** ReLU′(z): 1 for z > 0, 0 for z ≤ 0 (the course's convention at 0). */
const reluPrime = (z: number): number => (z > 0 ? 1 : 0);

export function forwardNodes(p: Params): Nodes {
  const t1 = p.w1 * p.x;
  const z1 = t1 + p.b1;
  const a1 = relu(z1);
  const t2 = p.w2 * a1;
  const z2 = t2 + p.b2;
  const a2 = relu(z2);
  const J = 0.5 * (a2 - p.y) ** 2;
  return { t1, z1, a1, t2, z2, a2, J };
}

export function backwardNodes(p: Params): Derivatives {
  const n = forwardNodes(p);
  const dJ_da2 = n.a2 - p.y;
  const dJ_dz2 = dJ_da2 * reluPrime(n.z2);
  const dJ_db2 = dJ_dz2; // z2 = t2 + b2
  const dJ_dt2 = dJ_dz2;
  const dJ_dw2 = dJ_dt2 * n.a1; // t2 = w2·a1
  const dJ_da1 = dJ_dt2 * p.w2;
  const dJ_dz1 = dJ_da1 * reluPrime(n.z1);
  const dJ_db1 = dJ_dz1;
  const dJ_dt1 = dJ_dz1;
  const dJ_dw1 = dJ_dt1 * p.x; // t1 = w1·x
  return { dJ_da2, dJ_dz2, dJ_db2, dJ_dt2, dJ_dw2, dJ_da1, dJ_dz1, dJ_db1, dJ_dt1, dJ_dw1 };
}

export function nudgeCheck(p: Params, name: ParamName, h: number): NudgeCheck {
  const before = forwardNodes(p).J;
  const after = forwardNodes({ ...p, [name]: p[name] + h }).J;
  return { before, after, estimate: (after - before) / h };
}

export function costOfDerivatives(nodes: number, params: number): Cost {
  // Nudging: one left-to-right pass through the N nodes per parameter. Backprop: one pass back through the
  // N nodes, then one product per parameter.
  return { nudging: nodes * params, backprop: nodes + params };
}
