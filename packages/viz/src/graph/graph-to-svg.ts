import { Variable, type Value } from '@bp/autograd';
import { ArgumentError } from '../errors.js';
import { describe, integerIn, oneOf } from '../validate.js';
import { graphDot, type GraphDirection } from './dot.js';
import { renderDotToSvg } from './graphviz.js';
import { isDrawable, scalarModel, tensorModel, type GraphField } from './model.js';

export type { GraphDirection } from './dot.js';
export type { GraphField } from './model.js';

export interface GraphToSvgOptions {
  /** Which numbers each value node shows after its label (default both, in this order). */
  fields?: readonly GraphField[];
  /** Significant digits of the numbers shown (default 6; trailing zeros are dropped). */
  digits?: number;
  /** Layout direction, Graphviz's rankdir (default 'LR': inputs on the left, the root on the right). */
  direction?: GraphDirection;
  /** A heading drawn above the graph. */
  title?: string;
  /** Tensor entries shown per Variable node before the rest is elided with … (default 6). */
  maxItems?: number;
  /** Refuse larger graphs, whose layout would take long and be unreadable (default 2000 nodes). */
  maxNodes?: number;
}

const DIRECTIONS: readonly GraphDirection[] = ['LR', 'TB', 'RL', 'BT'];
const FIELDS: readonly GraphField[] = ['data', 'grad'];

/**
 * Draws the computation graph below `root` (a scalar `Value` or a tensor `Variable`) as a standalone SVG,
 * laid out by Graphviz: a box per value with its label, data and grad (a Variable also shows its shape),
 * and a small circle per op between its inputs and its result, as micrograd's `draw_dot` does.
 *
 * Ids in the SVG, so a page can highlight the forward or backward pass one node at a time
 * (`svg.querySelector('#v3')`), where i is the node's position in topological order (the order of
 * `graphToJSON(root).nodes` for a Value; the root has the largest i):
 * - `<g id="v{i}" class="node value …">`: value node i, with a second class `leaf`, `result` or `constant`;
 * - `<g id="op{i}" class="node op">`: the op that produced value i (leaves have none);
 * - `<g id="e{j}_op{i}" class="edge">`: input j going into op i; `<g id="op{i}_v{i}" class="edge">`: the op's result.
 *
 * Graphviz is loaded (WebAssembly) on the first call and reused afterwards.
 *
 * @throws ArgumentError when `root` is not a Value or Variable, or an option is invalid.
 */
export async function graphToSvg(root: Value | Variable, options: GraphToSvgOptions = {}): Promise<string> {
  const op = 'graphToSvg';
  if (!isDrawable(root))
    throw new ArgumentError(op, 'root', `must be a Value or a Variable, got ${describe(root)}`);
  const digits = integerIn(op, 'digits', options.digits ?? 6, 1, 17);
  const maxItems = integerIn(op, 'maxItems', options.maxItems ?? 6, 1, 1000);
  const maxNodes = integerIn(op, 'maxNodes', options.maxNodes ?? 2000, 1, Number.MAX_SAFE_INTEGER);
  const direction = oneOf(op, 'direction', options.direction ?? 'LR', DIRECTIONS);
  const fields = options.fields ?? FIELDS;
  if (!Array.isArray(fields))
    throw new ArgumentError(op, 'fields', `must be an array, got ${describe(fields)}`);
  fields.forEach((field: GraphField) => oneOf(op, 'fields', field, FIELDS));
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw new ArgumentError(op, 'title', `must be a string, got ${describe(options.title)}`);
  }

  const nodes =
    root instanceof Variable
      ? tensorModel(root, { digits, maxItems })
      : scalarModel(root, { digits, maxItems });
  if (nodes.length > maxNodes) {
    throw new ArgumentError(op, 'root', `has ${nodes.length} nodes, more than maxNodes = ${maxNodes}`);
  }
  return renderDotToSvg(op, graphDot(nodes, { fields, direction, title: options.title }));
}
