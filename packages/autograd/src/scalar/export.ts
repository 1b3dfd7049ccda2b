// Drawing a Value graph: Graphviz DOT and Mermaid (each value node shows label, data and grad; each op is a
// separate small node, as in micrograd's draw_dot), and plain JSON with full-precision numbers.
import { formatNumber, topologicalOrder } from './graph.js';
import type { Value } from './value.js';

export interface ValueNodeJSON {
  /** Position in topological order; the root has the largest id. */
  id: number;
  label: string;
  op: string;
  data: number;
  grad: number;
  constant: boolean;
  /** Ids of the op's inputs, in argument order. */
  parents: number[];
}

export interface ValueGraphJSON {
  root: number;
  nodes: ValueNodeJSON[];
}

/** Plain data for the graph (NaN and ±Infinity become null if passed to JSON.stringify). */
export function graphToJSON(root: Value): ValueGraphJSON {
  const order = topologicalOrder(root);
  const ids = idsOf(order);
  const nodes = order.map((node, id) => ({
    id,
    label: node.label,
    op: node.op,
    data: node.data,
    grad: node.grad,
    constant: node.constant,
    parents: node.parents.map((p) => ids.get(p)!),
  }));
  return { root: order.length - 1, nodes };
}

/** Graphviz DOT, left to right; render with `dot -Tsvg`. */
export function toDot(root: Value): string {
  const order = topologicalOrder(root);
  const ids = idsOf(order);
  const lines = ['digraph G {', '  rankdir=LR;'];
  order.forEach((node, id) => {
    const fields = [node.label, `data ${formatNumber(node.data)}`, `grad ${formatNumber(node.grad)}`];
    lines.push(`  n${id} [shape=record, label="{ ${fields.map(escapeRecord).join(' | ')} }"];`);
    if (node.op === '') return;
    lines.push(`  n${id}_op [label="${escapeRecord(node.op)}"];`, `  n${id}_op -> n${id};`);
    for (const parent of node.parents) lines.push(`  n${ids.get(parent)!} -> n${id}_op;`);
  });
  lines.push('}');
  return lines.join('\n');
}

/** A Mermaid flowchart, left to right (renders in GitHub Markdown). */
export function toMermaid(root: Value): string {
  const order = topologicalOrder(root);
  const ids = idsOf(order);
  const lines = ['flowchart LR'];
  order.forEach((node, id) => {
    const text = [node.label, `data ${formatNumber(node.data)}`, `grad ${formatNumber(node.grad)}`]
      .filter((field) => field !== '')
      .join(' | ');
    lines.push(`  n${id}["${escapeMermaid(text)}"]`);
    if (node.op === '') return;
    lines.push(`  n${id}_op(("${escapeMermaid(node.op)}"))`, `  n${id}_op --> n${id}`);
    for (const parent of node.parents) lines.push(`  n${ids.get(parent)!} --> n${id}_op`);
  });
  return lines.join('\n');
}

function idsOf(order: readonly Value[]): Map<Value, number> {
  return new Map(order.map((node, id) => [node, id]));
}

// Characters with a meaning inside a DOT record label.
function escapeRecord(text: string): string {
  return text.replace(/[\\{}|<>"]/g, (c) => `\\${c}`);
}

function escapeMermaid(text: string): string {
  return text.replace(/"/g, '#quot;');
}
