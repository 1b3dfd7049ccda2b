// Stepping through a scalar computation graph one node at a time. The numbers all come from @bp/autograd:
// building the graph runs every op's forward, `backward()` fills every gradient; the walk only decides how
// many of them the page has revealed so far, in topological order forward and in reverse order backward.
import { topologicalOrder, type Value } from '@bp/autograd';

/** A worked example as a function of its learnable parameters. */
export interface ScalarExample {
  /** The learnable leaves and their starting values, e.g. { w1: 2, b1: 0, … }. */
  readonly initial: Readonly<Record<string, number>>;
  /** Builds the graph with these parameter values and returns the loss; every node worth naming is labelled. */
  readonly build: (parameters: Readonly<Record<string, number>>) => Value;
  /** Learning rate of the Step button. */
  readonly learningRate: number;
  /** How the page prints this example's numbers (the digits the course gives). */
  readonly format: (x: number) => string;
  /** The network's output node (a2, ŷ), reported by the nudge check. */
  readonly outputLabel: string;
  /** How each op node is computed, by label, as the course writes it. */
  readonly formulas: Readonly<Record<string, string>>;
}

export interface NudgeResult {
  readonly parameter: string;
  readonly h: number;
  readonly loss: number;
  readonly nudgedLoss: number;
  /** The output node's value with the nudged parameter. */
  readonly nudgedOutput: number;
  /** (J(p + h) − J(p)) / h */
  readonly numeric: number;
  /** dJ/dp from backward() */
  readonly backprop: number;
}

export class ScalarWalk {
  parameters: Record<string, number>;
  root!: Value;
  /** Every node, each after its inputs; the index is the node's id in the graph picture (v3, op3, …). */
  order: Value[] = [];
  /** How many op nodes the forward walk has shown. */
  forwardShown = 0;
  /** How many nodes the backward walk has shown. */
  backwardShown = 0;
  /** Steps taken since the last reset. */
  steps = 0;

  constructor(readonly example: ScalarExample) {
    this.parameters = { ...example.initial };
    this.rebuild();
  }

  /** Op nodes in forward order: what the Forward button walks through (leaves are given, not computed). */
  get forwardNodes(): Value[] {
    return this.order.filter((node) => node.op !== '');
  }

  /** Nodes that receive a gradient, root first: what the Backward button walks through. */
  get backwardNodes(): Value[] {
    return this.order.filter((node) => !node.constant).reverse();
  }

  get forwardDone(): boolean {
    return this.forwardShown === this.forwardNodes.length;
  }

  get backwardDone(): boolean {
    return this.backwardShown === this.backwardNodes.length;
  }

  /** Shows the next node's value; returns it, or null when the forward pass is complete. */
  forward(): Value | null {
    const node = this.forwardNodes[this.forwardShown];
    if (node === undefined) return null;
    this.forwardShown++;
    return node;
  }

  /** Shows the next node's gradient (running backward() on the first call); null before forward is done or at the end. */
  backward(): Value | null {
    if (!this.forwardDone) return null;
    if (this.backwardShown === 0) this.computeGradients();
    const node = this.backwardNodes[this.backwardShown];
    if (node === undefined) return null;
    this.backwardShown++;
    return node;
  }

  /** One gradient-descent step on every parameter; returns the loss before and after. */
  step(): { before: number; after: number } {
    const before = this.root.data;
    if (!this.backwardDone) this.computeGradients();
    for (const name of Object.keys(this.parameters)) {
      this.parameters[name] -= this.example.learningRate * this.leaf(name).grad;
    }
    this.steps++;
    this.rebuild();
    return { before, after: this.root.data };
  }

  reset(): void {
    this.parameters = { ...this.example.initial };
    this.steps = 0;
    this.rebuild();
  }

  /** The nudge check: move one parameter by h, rebuild, and compare the slope with the backprop gradient. */
  nudge(parameter: string, h: number): NudgeResult {
    const base = this.example.build(this.parameters);
    base.backward();
    const backprop = leafOf(base, parameter).grad;
    const nudged = this.example.build({ ...this.parameters, [parameter]: this.parameters[parameter] + h });
    const nudgedLoss = nudged.data;
    return {
      parameter,
      h,
      loss: base.data,
      nudgedLoss,
      nudgedOutput: nodeLabelled(nudged, this.example.outputLabel).data,
      numeric: (nudgedLoss - base.data) / h,
      backprop,
    };
  }

  /** The node's id in topological order (the picture's `v<id>`). */
  idOf(node: Value): number {
    return this.order.indexOf(node);
  }

  leaf(name: string): Value {
    return leafOf(this.root, name);
  }

  private computeGradients(): void {
    for (const node of this.order) node.grad = 0;
    this.root.backward();
    // Revealing starts over: every gradient is now final.
    this.backwardShown = 0;
  }

  private rebuild(): void {
    this.root = this.example.build(this.parameters);
    this.order = topologicalOrder(this.root);
    this.forwardShown = 0;
    this.backwardShown = 0;
  }
}

function leafOf(root: Value, name: string): Value {
  const leaf = topologicalOrder(root).find((node) => node.op === '' && node.label === name);
  if (leaf === undefined) throw new Error(`no leaf labelled ${name} in the graph`);
  return leaf;
}

function nodeLabelled(root: Value, label: string): Value {
  const node = topologicalOrder(root).find((n) => n.label === label);
  if (node === undefined) throw new Error(`no node labelled ${label} in the graph`);
  return node;
}
