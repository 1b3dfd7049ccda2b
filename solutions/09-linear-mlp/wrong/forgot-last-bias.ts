// Wrong answer: the collapsed bias keeps c·W2·b1 but drops the output bias b2.
import type { Misconception } from '@bp/grader/suite';
import { mlpForwardLinear, type Affine, type CollapsedFormula, type LinearForward } from '../linear-mlp.js';

export { mlpForwardLinear };
export type { Affine, CollapsedFormula, LinearForward };

export const misconception: Misconception = {
  'pt-BR':
    'Faltou o viés da última camada. A saída é W2·φ(W1·x + b1) + b2, e o b2 continua lá depois do colapso: b = c·W2·b1 + b2. No exemplo, b = −5 + 0,25 = −4,75. Com mais camadas, cada viés bl aparece no viés final, multiplicado pelos pesos e pelos fatores c das camadas que vêm depois dele.',
  en: 'The bias of the last layer is missing. The output is W2·φ(W1·x + b1) + b2, and b2 is still there after the collapse: b = c·W2·b1 + b2. In the example, b = −5 + 0.25 = −4.75. With more layers, every bias bl shows up in the final bias, multiplied by the weights and the factors c of the layers after it.',
};
export const targets = ['collapseToAffine', 'collapseLayers', 'collapsedExpression'];

const matVec = (A: number[][], v: number[]): number[] =>
  A.map((row) => row.reduce((s, a, k) => s + a * v[k], 0));
const matMul = (A: number[][], B: number[][]): number[][] =>
  A.map((row) => B[0].map((_, j) => row.reduce((s, a, k) => s + a * B[k][j], 0)));

export function collapseToAffine(
  W1: number[][],
  b1: number[],
  W2: number[][],
  _b2: number[],
  c: number,
): Affine {
  return { W: matMul(W2, W1).map((row) => row.map((a) => c * a)), b: matVec(W2, b1).map((v) => c * v) };
}

export function collapseLayers(layers: Affine[], c: number): Affine {
  let { W, b } = layers[0];
  for (let l = 1; l < layers.length; l++) ({ W, b } = collapseToAffine(W, b, layers[l].W, layers[l].b, c));
  return { W, b };
}

export function collapsedExpression(depth: number): CollapsedFormula {
  const ws = (from: number): string[] => Array.from({ length: depth - from }, (_, i) => `w${depth - i}`);
  const slope = [`c^${depth - 1}`, ...ws(0)].join(' * ');
  // Only the first bias survives, carried through every later layer.
  const intercept = [`c^${depth - 1}`, ...ws(1), 'b1'].join(' * ');
  return { slope, intercept };
}
