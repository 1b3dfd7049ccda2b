// Wrong answer: applies φ after the output layer too.
import type { Misconception } from '@bp/grader/suite';
import type { Affine, CollapsedFormula, LinearForward } from '../linear-mlp.js';

export type { Affine, CollapsedFormula, LinearForward };

export const misconception: Misconception = {
  'pt-BR':
    'A ativação φ fica só nas camadas ocultas; a camada de saída é afim: saída = W2·φ(W1·x + b1) + b2, sem φ no fim. Aplicando φ também na saída, tudo ganha mais um fator c: no exemplo sairia 22,5 em vez de 11,25, e W = c²·W2·W1.',
  en: 'The activation φ is only in the hidden layers; the output layer is affine: output = W2·φ(W1·x + b1) + b2, with no φ at the end. Applying φ to the output too adds one more factor c to everything: the example would give 22.5 instead of 11.25, and W = c²·W2·W1.',
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
  c: number,
): LinearForward {
  const z1 = add(matVec(W1, x), b1);
  const a1 = z1.map((z) => c * z);
  return { z1, a1, output: add(matVec(W2, a1), b2).map((z) => c * z) };
}

export function collapseToAffine(
  W1: number[][],
  b1: number[],
  W2: number[][],
  b2: number[],
  c: number,
): Affine {
  return {
    W: matMul(W2, W1).map((row) => row.map((a) => c * c * a)),
    b: add(
      matVec(W2, b1).map((v) => c * v),
      b2,
    ).map((v) => c * v),
  };
}

export function collapseLayers(layers: Affine[], c: number): Affine {
  // Every layer, the last one included, is followed by φ.
  let W = layers[0].W.map((row) => row.map((a) => c * a));
  let b = layers[0].b.map((v) => c * v);
  for (let l = 1; l < layers.length; l++) {
    W = matMul(layers[l].W, W).map((row) => row.map((a) => c * a));
    b = add(matVec(layers[l].W, b), layers[l].b).map((v) => c * v);
  }
  return { W, b };
}

export function collapsedExpression(depth: number): CollapsedFormula {
  const ws = (from: number): string[] => Array.from({ length: depth - from }, (_, i) => `w${depth - i}`);
  const slope = [`c^${depth}`, ...ws(0)].join(' * ');
  const intercept = Array.from({ length: depth }, (_, i) =>
    [`c^${depth - i}`, ...ws(i + 1), `b${i + 1}`].join(' * '),
  ).join(' + ');
  return { slope, intercept };
}
