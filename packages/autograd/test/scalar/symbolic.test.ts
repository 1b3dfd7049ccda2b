// The mathjs cross-check: expressions from graphs, symbolic derivatives, and the side-by-side table.
import fc from 'fast-check';
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import {
  StaleGraphError,
  Value,
  compareDerivatives,
  formatDerivativeTable,
  symbolicGradient,
  topologicalOrder,
  toExpression,
} from './api.js';
import { isClose } from './helpers.js';

function e3Loss() {
  const x = new Value(1, { label: 'x' });
  const theta1 = new Value(-0.5, { label: 'θ1' });
  const theta2 = new Value(0.5, { label: 'θ2' });
  const J = x.mul(theta1).sigmoid().mul(theta2).sigmoid().sub(1).pow(2).mul(0.5);
  return { x, theta1, theta2, J };
}

describe('toExpression', () => {
  it('writes the graph over the leaf labels, constants as numbers, and evaluates to the same value', () => {
    const { J } = e3Loss();
    const expression = toExpression(J);
    expect([...expression.symbols.values()]).toEqual(['x', 'θ1', 'θ2']);
    expect(expression.scope).toEqual({ x: 1, θ1: -0.5, θ2: 0.5 });
    expect(expression.node.evaluate(expression.scope)).toBeCloseTo(J.data, 14);
  });

  it('gives generated names to unlabelled, duplicate and reserved labels', () => {
    const unlabelled = new Value(2);
    const twinA = new Value(3, { label: 'w' });
    const twinB = new Value(4, { label: 'w' });
    const euler = new Value(5, { label: 'e' }); // mathjs's e is Euler's number
    const odd = new Value(6, { label: 'dJ/da' }); // not a mathjs name
    const root = unlabelled.mul(twinA).add(twinB).mul(euler).sub(odd);
    const { symbols, scope, node } = toExpression(root);
    const names = [unlabelled, twinA, twinB, euler, odd].map((leaf) => symbols.get(leaf));
    expect(names).toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);
    expect(node.evaluate(scope)).toBe(root.data);
  });

  it('writes negative constants so that they parse back to the same number', () => {
    const x = new Value(0.3, { label: 'x' });
    const root = x.sub(-2).mul(-1e-7).pow(-3);
    const { node, scope } = toExpression(root);
    expect(isClose(node.evaluate(scope) as number, root.data, 1e-14, 0)).toBe(true);
  });

  it('refuses an op without a mathjs form, naming it', () => {
    const x = new Value(1, { label: 'x' });
    const mystery = new Value(
      x.data,
      {},
      { spec: { name: 'mystery', forward: (a) => a, backward: (g) => [g] }, parents: [x] },
    );
    expect(() => toExpression(mystery)).toThrow(/mystery/);
  });
});

describe('symbolicGradient', () => {
  it('matches the E3 gradients', () => {
    const { x, theta1, theta2, J } = e3Loss();
    J.backward();
    for (const leaf of [x, theta1, theta2]) {
      expect(isClose(symbolicGradient(J, leaf), leaf.grad, 1e-12, 1e-15)).toBe(true);
    }
  });

  it('differentiates relu through its (x + |x|)/2 form, away from 0', () => {
    for (const value of [-1.5, 2.5]) {
      const x = new Value(value, { label: 'x' });
      const y = x.relu().mul(3);
      expect(symbolicGradient(y, x)).toBe(value > 0 ? 3 : 0);
    }
  });

  it('rejects a leaf that is not a variable of the graph', () => {
    const x = new Value(1, { label: 'x' });
    const stranger = new Value(2, { label: 'stranger' });
    expect(() => symbolicGradient(x.exp(), stranger)).toThrow(/stranger/);
  });

  it('returns NaN where the real derivative does not exist, not a complex number', () => {
    const a = new Value(-2, { label: 'a' });
    const b = new Value(2, { label: 'b' });
    expect(symbolicGradient(a.pow(b), b)).toBeNaN(); // a^b·ln a with a < 0
  });
});

// Random small expression trees. Ops with a restricted domain get an input that is inside it by
// construction (log(1 + u²), u / (1 + v²), (1 + u²)^tanh(v)); overflow and relu's kink are filtered out.
type Tree = { leaf: number } | { unary: string; arg: Tree } | { binary: string; left: Tree; right: Tree };

const UNARY = ['neg', 'exp', 'log', 'tanh', 'sigmoid', 'relu', 'softplus', 'square'];
const BINARY = ['add', 'sub', 'mul', 'div', 'pow'];

const treeArbitrary = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ leaf: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ unary: fc.constantFrom(...UNARY), arg: tie('tree') }),
    fc.record({ binary: fc.constantFrom(...BINARY), left: tie('tree'), right: tie('tree') }),
  ),
})).tree;

function build(tree: Tree, leaves: readonly Value[]): Value {
  if ('leaf' in tree) return leaves[tree.leaf];
  if ('unary' in tree) {
    const u = build(tree.arg, leaves);
    switch (tree.unary) {
      case 'neg':
        return u.neg();
      case 'exp':
        return u.exp();
      case 'log':
        return u.mul(u).add(1).log();
      case 'tanh':
        return u.tanh();
      case 'sigmoid':
        return u.sigmoid();
      case 'relu':
        return u.relu();
      case 'softplus':
        return u.softplus();
      default:
        return u.pow(2);
    }
  }
  const u = build(tree.left, leaves);
  const v = build(tree.right, leaves);
  switch (tree.binary) {
    case 'add':
      return u.add(v);
    case 'sub':
      return u.sub(v);
    case 'mul':
      return u.mul(v);
    case 'div':
      return u.div(v.mul(v).add(1));
    default:
      return u.mul(u).add(1).pow(v.tanh());
  }
}

/** Finite, moderate values everywhere, and no relu evaluated at its kink. */
function wellConditioned(root: Value): boolean {
  return topologicalOrder(root).every(
    (node) =>
      Math.abs(node.data) < 1e6 &&
      Math.abs(node.grad) < 1e6 &&
      (node.op !== 'relu' || Math.abs(node.parents[0].data) > 1e-6),
  );
}

describe('automatic and symbolic derivatives agree on random expression trees', () => {
  it('for every leaf', () => {
    fc.assert(
      fc.property(
        treeArbitrary,
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (tree, data) => {
          const leaves = data.map((d, i) => new Value(d, { label: ['x', 'y', 'z'][i] }));
          const root = build(tree, leaves);
          root.backward();
          fc.pre(wellConditioned(root));
          const symbols = toExpression(root).symbols;
          for (const leaf of leaves) {
            // A leaf absent from the tree has gradient 0 and no symbol.
            if (!symbols.has(leaf)) {
              expect(leaf.grad).toBe(0);
              continue;
            }
            const symbolic = symbolicGradient(root, leaf);
            expect(
              isClose(leaf.grad, symbolic, 1e-7, 1e-9),
              `${leaf.label}: autodiff ${leaf.grad}, symbolic ${symbolic}`,
            ).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('compareDerivatives', () => {
  it('puts automatic, symbolic and numeric side by side, one row per variable leaf', () => {
    const { J, theta1 } = e3Loss();
    J.backward(); // a stale accumulation: compareDerivatives starts from zeroed grads
    J.backward();
    const rows = compareDerivatives(J);
    expect(rows.map((row) => row.name)).toEqual(['x', 'θ1', 'θ2']);
    for (const row of rows) {
      expect(row.value).toBe(row.leaf.data);
      expect(isClose(row.symbolic, row.automatic, 1e-12, 1e-15)).toBe(true);
      expect(isClose(row.numeric, row.automatic, 1e-7, 1e-10)).toBe(true);
    }
    expect(rows[1].automatic).toBe(theta1.grad);
    expect(theta1.grad).toBeCloseTo(-0.0131876973, 10);
  });

  it('refuses a graph whose leaves changed after the forward pass', () => {
    const { J, theta1 } = e3Loss();
    theta1.data += 0.1; // the sigmoid nodes still hold the old values
    expect(() => compareDerivatives(J)).toThrow(StaleGraphError);
    expect(() => compareDerivatives(J)).toThrow(/op 'mul'.*forward pass again/);
  });

  it('formats a table with a header and one line per leaf', () => {
    const rows = compareDerivatives(e3Loss().J);
    const lines = formatDerivativeTable(rows).split('\n');
    expect(lines[0].split(/\s+/)).toEqual(['leaf', 'value', 'automatic', 'symbolic', 'numeric']);
    expect(lines).toHaveLength(2 + rows.length);
    expect(lines[3]).toMatch(/^θ1\s+-0\.5\s+-0\.01318769734\s+-0\.01318769734\s+-0\.0131876973/);
  });

  it('mathjs itself reads our relu form as the same function', () => {
    for (const x of [-3, 0, 4]) expect(evaluate(`((${x}) + abs(${x})) / 2`)).toBe(Math.max(x, 0));
  });
});
