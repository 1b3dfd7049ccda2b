// The picture of a scalar graph, drawn by @bp/viz (Graphviz in WebAssembly). Value node i of the topological
// order is `<g id="v{i}">` and the op that made it `<g id="op{i}">`, which highlight.ts relies on.
import type { Value } from '@bp/autograd';
import { graphToSvg } from '@bp/viz';

/** Significant digits of the numbers written into the picture (the table beside it has them all). */
export const PICTURE_DIGITS = 4;

/**
 * `root` should already hold its gradients: Graphviz sizes each box for the numbers it holds at drawing time,
 * and the page later writes the revealed numbers into the same places (see annotateNode).
 */
export function graphPicture(root: Value): Promise<string> {
  return graphToSvg(root, { digits: PICTURE_DIGITS, fields: ['data', 'grad'] });
}
