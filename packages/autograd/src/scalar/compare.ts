// Automatic, symbolic and numeric derivatives side by side: three independent ways to the same numbers.
import { evaluateGraph, formatNumber, topologicalOrder, zeroGraphGrads } from './graph.js';
import { derivativeAt, toExpression } from './symbolic.js';
import type { Value } from './value.js';

export interface DerivativeRow {
  /** The leaf's symbol in the mathjs expression (its label when usable). */
  name: string;
  leaf: Value;
  /** The leaf's data, where the derivatives are taken. */
  value: number;
  /** `.grad` after backward(). */
  automatic: number;
  /** mathjs `derivative`, evaluated. */
  symbolic: number;
  /** Central difference (f(x + h) − f(x − h)) / 2h. */
  numeric: number;
}

/**
 * d(root)/d(x) by central differences, re-evaluating the graph with x moved by ±h, h = eps·max(1, |x|).
 * The graph itself is left untouched.
 */
export function centralDifference(root: Value, leaf: Value, eps = 1e-6): number {
  const x = leaf.data;
  const h = eps * Math.max(1, Math.abs(x));
  const up = x + h;
  const down = x - h;
  const fUp = evaluateGraph(root, new Map([[leaf, up]]));
  const fDown = evaluateGraph(root, new Map([[leaf, down]]));
  return (fUp - fDown) / (up - down); // the step actually taken, after rounding
}

/** The graph's nodes no longer hold the values its leaves give (a leaf's data changed after the forward pass). */
export class StaleGraphError extends Error {
  constructor(op: string, label: string) {
    super(
      `compareDerivatives: node ${label === '' ? '' : `'${label}' `}(op '${op}') no longer equals its op applied ` +
        `to its inputs; a leaf changed after the forward pass, so run the forward pass again first`,
    );
    this.name = 'StaleGraphError';
  }
}

/**
 * One row per variable leaf (constants are left out). Zeroes the graph's grads and runs root.backward(),
 * so afterwards every `.grad` holds d(root)/d(node) from this one call. Throws StaleGraphError if a leaf
 * changed since the forward pass: backward would use the old values while the other two use the new ones.
 */
export function compareDerivatives(root: Value, options: { eps?: number } = {}): DerivativeRow[] {
  for (const node of topologicalOrder(root)) {
    const spec = node.spec;
    if (spec !== undefined && !Object.is(spec.forward(...node.parents.map((p) => p.data)), node.data)) {
      throw new StaleGraphError(node.op, node.label);
    }
  }
  zeroGraphGrads(root);
  root.backward();
  const expression = toExpression(root);
  return [...expression.symbols].map(([leaf, name]) => ({
    name,
    leaf,
    value: leaf.data,
    automatic: leaf.grad,
    symbolic: derivativeAt(expression, name),
    numeric: centralDifference(root, leaf, options.eps),
  }));
}

/** A fixed-width text table of the rows, 10 significant digits. */
export function formatDerivativeTable(rows: readonly DerivativeRow[]): string {
  const header = ['leaf', 'value', 'automatic', 'symbolic', 'numeric'];
  const cells = rows.map((row) => [
    row.name,
    ...[row.value, row.automatic, row.symbolic, row.numeric].map((x) => formatNumber(x, 10)),
  ]);
  const widths = header.map((title, c) => Math.max(title.length, ...cells.map((cell) => cell[c].length)));
  const line = (cell: readonly string[]): string =>
    cell.map((text, c) => (c === 0 ? text.padEnd(widths[c]) : text.padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
