import { ShapeError, add, sameShape, type Tensor } from '@bp/tensor';
import type { Variable } from './variable.js';

function accumulateInto(target: Tensor, g: Tensor): void {
  if (!sameShape(target.shape, g.shape)) {
    throw new ShapeError('backward', "a leaf's existing .grad has another shape than the new gradient", [
      target.shape,
      g.shape,
    ]);
  }
  const t = target.data;
  const d = g.data;
  for (let i = 0; i < t.length; i++) t[i] += d[i];
}

/** Every variable that `root` depends on through recorded ops, inputs before outputs (iterative DFS). */
export function topologicalOrder(root: Variable): Variable[] {
  const order: Variable[] = [];
  const visited = new Set<Variable>();
  const stack: [Variable, number][] = [[root, 0]];
  visited.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [node, next] = top;
    const inputs = node.gradFn?.inputs ?? [];
    if (next < inputs.length) {
      top[1]++;
      const child = inputs[next];
      if (!visited.has(child) && child.requiresGrad) {
        visited.add(child);
        stack.push([child, 0]);
      }
    } else {
      stack.pop();
      order.push(node);
    }
  }
  return order;
}

/**
 * The chain rule over the whole graph: walk from the output back to the leaves, each op turning
 * the gradient of its output into gradients of its inputs, summed where a variable is used twice.
 * Leaves accumulate into `.grad` across calls (PyTorch); intermediate nodes keep this pass's gradient
 * for inspection.
 */
export function backwardPass(root: Variable, seed: Tensor): void {
  const order = topologicalOrder(root);
  const grads = new Map<Variable, Tensor>([[root, seed]]);
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const g = grads.get(node);
    if (g === undefined) continue;
    if (node.gradFn === null) {
      // A leaf owns its .grad (ops may hand the same tensor to several inputs), so optimizers and
      // clipping can change it in place; later passes accumulate into it.
      if (node.grad === null) node.grad = g.clone();
      else accumulateInto(node.grad, g);
      continue;
    }
    node.grad = g;
    const inputGrads = node.gradFn.backward(g);
    node.gradFn.inputs.forEach((input, k) => {
      const gi = inputGrads[k];
      if (gi === null || !input.requiresGrad) return;
      const prev = grads.get(input);
      grads.set(input, prev === undefined ? gi : add(prev, gi));
    });
  }
}
