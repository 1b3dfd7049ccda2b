// E2: the computation graph with ReLU (a worked example of the root README). x = 1, y = 5, w1 = 2, b1 = 0, w2 = 3, b2 = 1,
// J = ½ (a2 − y)²: forward 2, 2, 2, 6, 7, 7, J = 2; backward dJ/dw1 = 6, dJ/dw2 = 4, …
import { formatNumber, Value } from '@bp/autograd';
import type { ScalarExample } from './scalar-walk.js';

export const e2: ScalarExample = {
  initial: { w1: 2, b1: 0, w2: 3, b2: 1 },
  learningRate: 0.01,
  // The course's E2 numbers are short decimals (2.0060045): up to 10 significant digits, no trailing zeros.
  format: (x) => formatNumber(x, 10),
  outputLabel: 'a2',
  formulas: {
    t1: 'w1 · x',
    z1: 't1 + b1',
    a1: 'g(z1) = max(0, z1)',
    t2: 'w2 · a1',
    z2: 't2 + b2',
    a2: 'g(z2) = max(0, z2)',
    'a2 − y': 'a2 − y',
    '(a2 − y)²': '(a2 − y)²',
    J: '½ (a2 − y)²',
  },
  build: ({ w1, b1, w2, b2 }) => {
    const x = new Value(1, { label: 'x' });
    const y = new Value(5, { label: 'y' });
    const t1 = new Value(w1, { label: 'w1' }).mul(x).withLabel('t1');
    const z1 = t1.add(new Value(b1, { label: 'b1' })).withLabel('z1');
    const a1 = z1.relu().withLabel('a1');
    const t2 = new Value(w2, { label: 'w2' }).mul(a1).withLabel('t2');
    const z2 = t2.add(new Value(b2, { label: 'b2' })).withLabel('z2');
    const a2 = z2.relu().withLabel('a2');
    const error = a2.sub(y).withLabel('a2 − y');
    return error.pow(2).withLabel('(a2 − y)²').mul(0.5).withLabel('J');
  },
};
