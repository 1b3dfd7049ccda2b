// Walking a Value graph. Everything here is iterative: a graph can be a million nodes deep.
import type { Value } from './value.js';
import { VISIT, nextVisit } from './visit.js';

/**
 * Every node the root depends on, each after all of its parents, the root last (the order the forward
 * pass ran in; backward walks it in reverse). Depth-first with an explicit stack, not recursion.
 */
export function topologicalOrder(root: Value): Value[] {
  // A node on top of the stack is entered the first time (its unvisited inputs are pushed above it) and
  // finished the second (all its inputs are done, so it goes into the order). A node pushed by two
  // children is on the stack twice; its lower copy finds it finished and is dropped.
  const entered = nextVisit();
  const finished = nextVisit();
  const order: Value[] = [];
  const stack: Value[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    const mark = node[VISIT];
    if (mark < entered) {
      node[VISIT] = entered;
      // Last input first, so the first input is walked first (the order the ops ran in).
      node.pushInputsNotEntered(stack, entered);
    } else {
      stack.pop();
      if (mark === entered) {
        node[VISIT] = finished;
        order.push(node);
      }
    }
  }
  return order;
}

/** The leaves the root depends on (inputs, parameters and constants), in topological order. */
export function leavesOf(root: Value): Value[] {
  return topologicalOrder(root).filter((node) => node.spec === undefined);
}

/** Zeroes `.grad` on every node of the graph, before a fresh backward(). */
export function zeroGraphGrads(root: Value): void {
  for (const node of topologicalOrder(root)) node.grad = 0;
}

/**
 * Recomputes the root's value with some leaves set to other data, without building a new graph or
 * touching the existing one (central differences need this).
 */
export function evaluateGraph(root: Value, overrides: ReadonlyMap<Value, number>): number {
  const values = new Map<Value, number>();
  for (const node of topologicalOrder(root)) {
    const spec = node.spec;
    const value =
      spec === undefined
        ? (overrides.get(node) ?? node.data)
        : spec.forward(...node.parents.map((p) => values.get(p)!));
    values.set(node, value);
  }
  return values.get(root)!;
}

/** At most `digits` significant digits, trailing zeros dropped: for drawings and tables (JSON keeps all). */
export function formatNumber(x: number, digits = 6): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(digits))) : String(x);
}
