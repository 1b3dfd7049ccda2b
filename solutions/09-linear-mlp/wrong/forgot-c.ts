// Wrong answer: treats φ as the identity, so the factor c disappears everywhere.
import type { Misconception } from '@bp/grader/suite';
import type { Affine, CollapsedFormula, LinearForward } from '../linear-mlp.js';

export type { Affine, CollapsedFormula, LinearForward };

export const misconception: Misconception = {
  'pt-BR':
    'A ativação é φ(z) = c·z, não a identidade: cada camada oculta multiplica tudo o que recebe por c. No colapso de duas camadas, W = c·W2·W1 e b = c·W2·b1 + b2; no exemplo (c = 2), W = [[14, 1]] e b = [−4,75], e não [[7; 0,5]] e [−2,25].',
  en: 'The activation is φ(z) = c·z, not the identity: each hidden layer multiplies everything it receives by c. Collapsing two layers gives W = c·W2·W1 and b = c·W2·b1 + b2; in the example (c = 2), W = [[14, 1]] and b = [−4.75], not [[7, 0.5]] and [−2.25].',
};
export const targets = ['mlpForwardLinear', 'collapseToAffine', 'collapseLayers', 'collapsedExpression'];

const matVec = (A: number[][], v: number[]): number[] =>
  A.map((row) => row.reduce((s, a, k) => s + a * v[k], 0));
const matMul = (A: number[][], B: number[][]): number[][] =>
  A.map((row) => B[0].map((_, j) => row.reduce((s, a, k) => s + a * B[k][j], 0)));
const add = (u: number[], v: number[]): number[] => u.map((a, i) => a + v[i]);

export function mlpForwardLinear(
  x: number[],
  W1: number[][],
  b1: number[],
  W2: number[][],
  b2: number[],
  _c: number,
): LinearForward {
  const z1 = add(matVec(W1, x), b1);
  return { z1, a1: z1, output: add(matVec(W2, z1), b2) };
}

export function collapseToAffine(
  W1: number[][],
  b1: number[],
  W2: number[][],
  b2: number[],
  _c: number,
): Affine {
  return { W: matMul(W2, W1), b: add(matVec(W2, b1), b2) };
}

export function collapseLayers(layers: Affine[], c: number): Affine {
  let { W, b } = layers[0];
  for (let l = 1; l < layers.length; l++) ({ W, b } = collapseToAffine(W, b, layers[l].W, layers[l].b, c));
  return { W, b };
}

export function collapsedExpression(depth: number): CollapsedFormula {
  const ws = (from: number): string[] => Array.from({ length: depth - from }, (_, i) => `w${depth - i}`);
  const slope = ws(0).join(' * ');
  const intercept = Array.from({ length: depth }, (_, i) => [...ws(i + 1), `b${i + 1}`].join(' * ')).join(
    ' + ',
  );
  return { slope, intercept };
}
