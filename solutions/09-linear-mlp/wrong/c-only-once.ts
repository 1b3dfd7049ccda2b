// Wrong answer: for deeper networks, counts the factor c once instead of once per hidden layer.
import type { Misconception } from '@bp/grader/suite';
import {
  collapseToAffine,
  mlpForwardLinear,
  type Affine,
  type CollapsedFormula,
  type LinearForward,
} from '../linear-mlp.js';

export { collapseToAffine, mlpForwardLinear };
export type { Affine, CollapsedFormula, LinearForward };

export const misconception: Misconception = {
  'pt-BR':
    'Cada camada oculta tem a sua ativação, então com L camadas (L − 1 ocultas) o fator c aparece L − 1 vezes: W = c^(L−1)·WL·…·W1. Um viés bl passa pelas ativações das camadas l, l + 1, …, L − 1 e leva c^(L−l). Para duas camadas, aplicar c uma vez só dá certo por coincidência; a partir de três, não.',
  en: 'Every hidden layer has its own activation, so with L layers (L − 1 hidden) the factor c shows up L − 1 times: W = c^(L−1)·WL·…·W1. A bias bl goes through the activations of layers l, l + 1, …, L − 1 and picks up c^(L−l). With two layers, applying c once is right by coincidence; from three on, it is not.',
};
export const targets = ['collapseLayers', 'collapsedExpression'];

const matVec = (A: number[][], v: number[]): number[] =>
  A.map((row) => row.reduce((s, a, k) => s + a * v[k], 0));
const matMul = (A: number[][], B: number[][]): number[][] =>
  A.map((row) => B[0].map((_, j) => row.reduce((s, a, k) => s + a * B[k][j], 0)));
const add = (u: number[], v: number[]): number[] => u.map((a, i) => a + v[i]);

export function collapseLayers(layers: Affine[], c: number): Affine {
  if (layers.length === 1) return { W: layers[0].W.map((row) => [...row]), b: [...layers[0].b] };
  // φ only after the first layer.
  let W = layers[0].W.map((row) => row.map((a) => c * a));
  let b = layers[0].b.map((v) => c * v);
  for (let l = 1; l < layers.length; l++) {
    W = matMul(layers[l].W, W);
    b = add(matVec(layers[l].W, b), layers[l].b);
  }
  return { W, b };
}

export function collapsedExpression(depth: number): CollapsedFormula {
  const ws = (from: number): string[] => Array.from({ length: depth - from }, (_, i) => `w${depth - i}`);
  const c = depth > 1 ? ['c'] : [];
  const slope = [...c, ...ws(0)].join(' * ');
  const intercept = Array.from({ length: depth }, (_, i) =>
    [...(i === 0 ? c : []), ...ws(i + 1), `b${i + 1}`].join(' * '),
  ).join(' + ');
  return { slope, intercept };
}
