// The order a person reads a graph in: each computed node in topological order, each leaf (input,
// parameter, constant) just before the first node that uses it, in argument order. Still a topological
// order, but x and w1 come right before t1 = w1·x instead of wherever the graph walk happened to find them.
import type { Value } from '@bp/autograd';

export function readingOrder(order: readonly Value[]): Value[] {
  const leavesBefore = new Map<Value, Value[]>();
  const placed = new Set<Value>();
  for (const node of order) {
    for (const parent of node.parents) {
      if (parent.op !== '' || placed.has(parent)) continue;
      placed.add(parent);
      leavesBefore.set(node, [...(leavesBefore.get(node) ?? []), parent]);
    }
  }
  const unused = order.filter((node) => node.op === '' && !placed.has(node)); // a graph that is one leaf
  return [
    ...unused,
    ...order.filter((node) => node.op !== '').flatMap((node) => [...(leavesBefore.get(node) ?? []), node]),
  ];
}
