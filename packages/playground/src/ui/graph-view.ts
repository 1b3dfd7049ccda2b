// The graph picture of a scalar walk: drawn once per graph, then on every click only the numbers revealed so
// far are written into the boxes, the current node lights up and scrolls into view.
import { formatNumber, type Value } from '@bp/autograd';
import type { ScalarWalk } from '../examples/scalar-walk.js';
import { annotateNode, clearHighlight, highlightNodes, nodeElement } from '../graph/highlight.js';
import { PICTURE_DIGITS, graphPicture } from '../graph/picture.js';
import { el } from './dom.js';

/** Nodes whose value (leaves are given) and whose gradient the walk has shown so far. */
export function revealedNodes(walk: ScalarWalk): { values: Set<Value>; grads: Set<Value> } {
  return {
    values: new Set([
      ...walk.order.filter((n) => n.op === ''),
      ...walk.forwardNodes.slice(0, walk.forwardShown),
    ]),
    grads: new Set(walk.backwardNodes.slice(0, walk.backwardShown)),
  };
}

/** The nodes the current pass has shown, in the order it showed them; the last one is the current node. */
export function lastPassNodes(walk: ScalarWalk): Value[] {
  return walk.backwardShown > 0
    ? walk.backwardNodes.slice(0, walk.backwardShown)
    : walk.forwardNodes.slice(0, walk.forwardShown);
}

export class GraphView {
  readonly element: HTMLElement;
  private drawing: { root: Value; ready: Promise<void> } | null = null;

  constructor(testId: string) {
    this.element = el('div', { class: 'graph-picture', 'data-testid': testId });
  }

  async update(walk: ScalarWalk): Promise<void> {
    if (this.drawing?.root !== walk.root) this.drawing = { root: walk.root, ready: this.draw(walk) };
    const { root, ready } = this.drawing;
    await ready;
    if (root !== walk.root) return; // a newer graph replaced this one meanwhile
    this.annotate(walk);
    const seen = lastPassNodes(walk);
    const current = seen.length === 0 ? null : walk.idOf(seen[seen.length - 1]);
    if (seen.length === 0) clearHighlight(this.element);
    else
      highlightNodes(
        this.element,
        walk.backwardShown > 0 ? 'backward' : 'forward',
        seen.map((node) => walk.idOf(node)),
        current,
      );
    if (current !== null) this.scrollTo(current);
  }

  private async draw(walk: ScalarWalk): Promise<void> {
    // The same graph built again, with its gradients: Graphviz sizes each box for the numbers it will show.
    const sized = walk.example.build(walk.parameters);
    sized.backward();
    const svg = await graphPicture(sized);
    if (this.drawing?.root !== walk.root) return;
    this.element.innerHTML = svg;
    // Graphviz sizes the picture in points; one pixel per point keeps its 12 pt labels at 12 px.
    const picture = this.element.querySelector('svg');
    if (picture !== null) {
      const { width, height } = picture.viewBox.baseVal;
      picture.setAttribute('width', `${width}px`);
      picture.setAttribute('height', `${height}px`);
    }
  }

  private annotate(walk: ScalarWalk): void {
    const revealed = revealedNodes(walk);
    const short = (x: number): string => formatNumber(x, PICTURE_DIGITS);
    walk.order.forEach((node, id) => {
      // A constant (the ½ of the loss) is part of the formula: its value is always shown, its gradient never.
      const data = node.constant || revealed.values.has(node) ? short(node.data) : '·';
      const grad = revealed.grads.has(node) ? short(node.grad) : '·';
      annotateNode(this.element, id, data, grad);
    });
  }

  /** Keeps the current node visible in a picture wider than the page, without scrolling the page itself. */
  private scrollTo(id: number): void {
    const node = nodeElement(this.element, id);
    if (node === null) return;
    const box = node.getBoundingClientRect();
    const frame = this.element.getBoundingClientRect();
    const offset = box.left + box.width / 2 - (frame.left + frame.width / 2);
    this.element.scrollBy({ left: offset, behavior: 'smooth' });
  }
}
