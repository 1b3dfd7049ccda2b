// The symbolic side of the cross-check: a Value graph written as a mathjs expression over its leaves, and
// mathjs's own derivative of it, so automatic and symbolic derivatives can be compared.
import * as mathjs from 'mathjs';
import { derivative, isComplex, parse, type MathNode } from 'mathjs';
import { topologicalOrder } from './graph.js';
import { numberLiteral } from './ops/arithmetic.js';
import type { Value } from './value.js';

export interface ScalarExpression {
  /** mathjs source, fully parenthesised. */
  text: string;
  node: MathNode;
  /** The mathjs symbol standing for each variable leaf. */
  symbols: ReadonlyMap<Value, string>;
  /** Each symbol's current data, to evaluate the expression or its derivatives at the graph's point. */
  scope: Record<string, number>;
}

// A shared subgraph is written out once per use, so the text can grow exponentially with depth.
const MAX_EXPRESSION_LENGTH = 200_000;

/**
 * The root as a mathjs expression. Leaves become symbols: a leaf's label when it is a plain mathjs name
 * (like `w1` or `θ1`) that no other leaf uses and that mathjs does not already define (`e`, `pi`, `exp`…);
 * otherwise a generated name `v0`, `v1`, …. Constants (numbers passed to ops, or Values made with
 * `{ constant: true }`) are written as number literals. Every op in the graph needs an `expression`.
 */
export function toExpression(root: Value): ScalarExpression {
  const order = topologicalOrder(root);
  const symbols = nameLeaves(order.filter((node) => node.spec === undefined && !node.constant));
  const texts = new Map<Value, string>();
  for (const node of order) {
    let text: string;
    if (node.spec === undefined) {
      text = symbols.get(node) ?? numberLiteral(node.data);
    } else if (node.spec.expression === undefined) {
      throw new TypeError(`toExpression: op '${node.op}' has no mathjs expression (add one to its spec)`);
    } else {
      text = node.spec.expression(...node.parents.map((p) => texts.get(p)!));
    }
    if (text.length > MAX_EXPRESSION_LENGTH) {
      throw new RangeError(
        `toExpression: expression exceeds ${MAX_EXPRESSION_LENGTH} characters at op '${node.op}'`,
      );
    }
    texts.set(node, text);
  }
  const text = texts.get(root)!;
  const scope: Record<string, number> = {};
  for (const [leaf, name] of symbols) scope[name] = leaf.data;
  return { text, node: parse(text), symbols, scope };
}

/** d(root)/d(leaf) by mathjs's symbolic differentiation, evaluated at the leaves' current data. */
export function symbolicGradient(root: Value, leaf: Value): number {
  const expression = toExpression(root);
  const symbol = expression.symbols.get(leaf);
  if (symbol === undefined) {
    throw new RangeError(
      `symbolicGradient: '${leaf.label || String(leaf.data)}' is not a variable leaf of this graph`,
    );
  }
  return derivativeAt(expression, symbol);
}

/** Differentiates an expression by one symbol and evaluates it at the expression's scope. */
export function derivativeAt(expression: ScalarExpression, symbol: string): number {
  // Unsimplified: mathjs's simplify is slow on large trees and may cancel terms the graph computes.
  const d = derivative(expression.node, symbol, { simplify: false });
  return toReal(d.evaluate(expression.scope));
}

function nameLeaves(leaves: readonly Value[]): Map<Value, string> {
  const uses = new Map<string, number>();
  for (const leaf of leaves) uses.set(leaf.label, (uses.get(leaf.label) ?? 0) + 1);
  const names = new Map<Value, string>();
  const taken = new Set<string>();
  for (const leaf of leaves) {
    if (uses.get(leaf.label) === 1 && isFreeSymbol(leaf.label)) {
      names.set(leaf, leaf.label);
      taken.add(leaf.label);
    }
  }
  let next = 0;
  for (const leaf of leaves) {
    if (names.has(leaf)) continue;
    while (taken.has(`v${next}`) || uses.has(`v${next}`)) next++;
    names.set(leaf, `v${next}`);
    taken.add(`v${next}`);
  }
  return names;
}

function isFreeSymbol(label: string): boolean {
  if (label === '' || Object.hasOwn(mathjs, label)) return false;
  try {
    const node = parse(label);
    return node.type === 'SymbolNode' && node.toString() === label;
  } catch {
    return false;
  }
}

// mathjs answers with a Complex where the real function is undefined (log of a negative number).
function toReal(result: unknown): number {
  if (typeof result === 'number') return result;
  if (isComplex(result) && result.im === 0) return result.re;
  return Number.NaN;
}
