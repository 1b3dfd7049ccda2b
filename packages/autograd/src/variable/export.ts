// Drawing a Variable graph as Graphviz DOT: each tensor node shows its label (if any), shape, values and
// gradient (elided when large); each op is a separate small node, as for the scalar engine.
import type { Tensor } from '@bp/tensor';
import { topologicalOrder } from './backward.js';
import type { Variable } from './variable.js';

function summary(t: Tensor | null, maxItems = 6): string {
  if (t === null) return '—';
  const shown = Array.from(t.data.subarray(0, maxItems), (x) => String(Number(x.toPrecision(4))));
  return `[${shown.join(' ')}${t.size > maxItems ? ' …' : ''}]`;
}

const escape = (s: string): string => s.replace(/[{}|<>"\\]/g, (c) => `\\${c}`);

/** Graphviz DOT of everything `root` depends on through recorded ops; render with `dot -Tsvg`. */
export function variableToDot(root: Variable): string {
  const order = topologicalOrder(root);
  const ids = new Map(order.map((v, i) => [v, i]));
  const lines = ['digraph G {', '  rankdir=LR;'];
  order.forEach((node, id) => {
    const fields = [
      node.label ?? '',
      `shape [${node.shape.join(', ')}]`,
      `data ${summary(node.data)}`,
      `grad ${summary(node.grad)}`,
    ];
    lines.push(`  n${id} [shape=record, label="{ ${fields.filter(Boolean).map(escape).join(' | ')} }"];`);
    if (node.gradFn === null) return;
    lines.push(`  n${id}_op [label="${escape(node.gradFn.op)}"];`, `  n${id}_op -> n${id};`);
    for (const input of node.gradFn.inputs) {
      const from = ids.get(input);
      if (from !== undefined) lines.push(`  n${from} -> n${id}_op;`);
    }
  });
  lines.push('}');
  return lines.join('\n');
}
