// Wrong answer: multiplies the weights by c but not the bias that went through the activation.
import type { Misconception } from '@bp/grader/suite';
import { mlpForwardLinear, type Affine, type CollapsedFormula, type LinearForward } from '../linear-mlp.js';

export { mlpForwardLinear };
export type { Affine, CollapsedFormula, LinearForward };

export const misconception: Misconception = {
  'pt-BR':
    'O c também multiplica o viés da camada oculta: φ(W1·x + b1) = c·W1·x + c·b1, porque b1 entra antes da ativação. Logo b = c·W2·b1 + b2. No exemplo (c = 2), b = 2·(0,5 − 3) + 0,25 = −4,75, e não (0,5 − 3) + 0,25 = −2,25. Só o último viés (b2) fica sem c, porque é somado depois da última ativação.',
  en: 'The c also multiplies the hidden bias: φ(W1·x + b1) = c·W1·x + c·b1, since b1 enters before the activation. So b = c·W2·b1 + b2. In the example (c = 2), b = 2·(0.5 − 3) + 0.25 = −4.75, not (0.5 − 3) + 0.25 = −2.25. Only the last bias (b2) has no c, because it is added after the last activation.',
};
export const targets = ['collapseToAffine', 'collapseLayers', 'collapsedExpression'];

const matVec = (A: number[][], v: number[]): number[] =>
  A.map((row) => row.reduce((s, a, k) => s + a * v[k], 0));
const matMul = (A: number[][], B: number[][]): number[][] =>
  A.map((row) => B[0].map((_, j) => row.reduce((s, a, k) => s + a * B[k][j], 0)));
const add = (u: number[], v: number[]): number[] => u.map((a, i) => a + v[i]);

export function collapseToAffine(
  W1: number[][],
  b1: number[],
  W2: number[][],
  b2: number[],
  c: number,
): Affine {
  return { W: matMul(W2, W1).map((row) => row.map((a) => c * a)), b: add(matVec(W2, b1), b2) };
}

export function collapseLayers(layers: Affine[], c: number): Affine {
  let { W, b } = layers[0];
  for (let l = 1; l < layers.length; l++) ({ W, b } = collapseToAffine(W, b, layers[l].W, layers[l].b, c));
  return { W, b };
}

export function collapsedExpression(depth: number): CollapsedFormula {
  const ws = (from: number): string[] => Array.from({ length: depth - from }, (_, i) => `w${depth - i}`);
  const slope = [`c^${depth - 1}`, ...ws(0)].join(' * ');
  const intercept = Array.from({ length: depth }, (_, i) => [...ws(i + 1), `b${i + 1}`].join(' * ')).join(
    ' + ',
  );
  return { slope, intercept };
}
