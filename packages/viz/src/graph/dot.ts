// The DOT text of a drawn graph, micrograd's draw_dot style: a record per value (label | data | grad) and a
// small circle per op between its inputs and its result.
import type { DrawnNode, GraphField } from './model.js';

export type GraphDirection = 'LR' | 'TB' | 'RL' | 'BT';

export interface DotOptions {
  fields: readonly GraphField[];
  direction: GraphDirection;
  title?: string;
}

const FONT = 'Helvetica,Arial,sans-serif';

/** Short symbols for the arithmetic ops; named ops (relu, tanh, matmul, …) keep their names. */
const OP_SYMBOLS: Record<string, string> = {
  add: '+',
  sub: '−',
  mul: '×',
  div: '÷',
  neg: '−x',
  pow: '^',
  matmul: '@',
};

export function graphDot(nodes: readonly DrawnNode[], options: DotOptions): string {
  const graphAttributes = [
    `rankdir=${options.direction}`,
    `fontname="${FONT}"`,
    'bgcolor="white"',
    'nodesep=0.25',
  ];
  if (options.title !== undefined && options.title !== '') {
    graphAttributes.push(`label="${escapeString(options.title)}"`, 'labelloc=t', 'fontsize=16');
  }
  const lines = [
    'digraph G {',
    `  graph [${graphAttributes.join(', ')}];`,
    `  node [fontname="${FONT}", fontsize=12, shape=record, style=filled, fillcolor="white", color="#334155"];`,
    '  edge [color="#64748b", arrowsize=0.6];',
  ];
  for (const node of nodes) {
    lines.push(`  v${node.id} [${valueAttributes(node, options.fields)}];`);
    if (node.op === '') continue;
    const symbol = OP_SYMBOLS[node.op] ?? node.op;
    lines.push(
      `  op${node.id} [id="op${node.id}", class="op", shape=circle, fixedsize=true, width=0.5, fontsize=11, ` +
        `fillcolor="#fef3c7", color="#b45309", label="${escapeRecord(symbol)}"];`,
      `  op${node.id} -> v${node.id} [id="op${node.id}_v${node.id}"];`,
    );
    for (const parent of node.parents)
      lines.push(`  v${parent} -> op${node.id} [id="e${parent}_op${node.id}"];`);
  }
  lines.push('}');
  return lines.join('\n');
}

function valueAttributes(node: DrawnNode, fields: readonly GraphField[]): string {
  const kind = node.constant ? 'constant' : node.op === '' ? 'leaf' : 'result';
  const texts: string[] = [];
  if (node.label !== '') texts.push(node.label);
  if (node.shape !== undefined) texts.push(`shape [${node.shape.join(', ')}]`);
  for (const field of fields) texts.push(`${field} ${node[field]}`);
  if (texts.length === 0) texts.push(' ');
  const fill = kind === 'leaf' ? '#e0e7ff' : kind === 'constant' ? '#f1f5f9' : 'white';
  const style = kind === 'constant' ? 'filled,dashed' : 'filled';
  return [
    `id="v${node.id}"`,
    `class="value ${kind}"`,
    `label="{ ${texts.map(escapeRecord).join(' | ')} }"`,
    `fillcolor="${fill}"`,
    `style="${style}"`,
  ].join(', ');
}

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks flattened. */
function escapeString(text: string): string {
  return text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

/** A field of a record label, where braces, bars and angle brackets also mean something. */
function escapeRecord(text: string): string {
  return escapeString(text).replace(/[{}|<>]/g, (c) => `\\${c}`);
}
