// The two autograd graphs (scalar Value, tensor Variable) as one plain list to draw: nodes in topological
// order, each with the texts of its fields and the positions of its op's inputs.
import { Value, Variable, graphToJSON, variableTopologicalOrder } from '@bp/autograd';
import type { Tensor } from '@bp/tensor';
import { formatNumber } from '../format.js';

export type GraphField = 'data' | 'grad';

export interface DrawnNode {
  /** Position in topological order (inputs before outputs, the root last). */
  readonly id: number;
  readonly label: string;
  /** The op that made the node, '' for a leaf. */
  readonly op: string;
  /** A number given as an op argument rather than a variable. */
  readonly constant: boolean;
  /** Shape of a tensor node, undefined for a scalar. */
  readonly shape?: readonly number[];
  readonly data: string;
  readonly grad: string;
  /** Ids of the op's inputs, in argument order. */
  readonly parents: readonly number[];
}

export interface ModelOptions {
  digits: number;
  /** Tensor entries shown before eliding the rest with … */
  maxItems: number;
}

export function scalarModel(root: Value, options: ModelOptions): DrawnNode[] {
  return graphToJSON(root).nodes.map((node) => ({
    id: node.id,
    label: node.label,
    op: node.op,
    constant: node.constant,
    data: formatNumber(node.data, options.digits),
    grad: formatNumber(node.grad, options.digits),
    parents: node.parents,
  }));
}

export function tensorModel(root: Variable, options: ModelOptions): DrawnNode[] {
  const order = variableTopologicalOrder(root);
  const ids = new Map(order.map((node, id) => [node, id]));
  return order.map((node, id) => ({
    id,
    label: node.label ?? '',
    op: node.gradFn?.op ?? '',
    constant: false,
    shape: node.shape,
    data: summary(node.data, options),
    grad: node.grad === null ? '—' : summary(node.grad, options),
    // Inputs that need no gradient were not walked (as in variableToDot), so they have no node to point from.
    parents: (node.gradFn?.inputs ?? []).flatMap((input) => {
      const from = ids.get(input);
      return from === undefined ? [] : [from];
    }),
  }));
}

export function isDrawable(root: unknown): root is Value | Variable {
  return root instanceof Value || root instanceof Variable;
}

function summary(t: Tensor, options: ModelOptions): string {
  if (t.size === 1) return formatNumber(t.data[0], options.digits);
  const shown = Array.from(t.data.subarray(0, options.maxItems), (x) => formatNumber(x, options.digits));
  return `[${shown.join(' ')}${t.size > options.maxItems ? ' …' : ''}]`;
}
