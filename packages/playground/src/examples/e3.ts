// E3: two layers of one sigmoid neuron each, no bias (a worked example of the root README). x = 1, y = 1, θ1 = −0.5,
// θ2 = 0.5, J = ½ (y − ŷ)², η = 0.1: ŷ = 0.5470529419, dJ/dθ2 = −0.0423728802, dJ/dθ1 = −0.0131876973.
import { Value } from '@bp/autograd';
import { formatFixed } from '../format.js';
import type { ScalarExample, ScalarWalk } from './scalar-walk.js';

export const e3: ScalarExample = {
  initial: { θ1: -0.5, θ2: 0.5 },
  learningRate: 0.1,
  format: (x) => formatFixed(x, 10),
  outputLabel: 'ŷ',
  formulas: {
    z1: 'x · θ1',
    a1: 'σ(z1)',
    z2: 'a1 · θ2',
    ŷ: 'a2 = σ(z2)',
    'y − ŷ': 'y − ŷ',
    '(y − ŷ)²': '(y − ŷ)²',
    J: '½ (y − ŷ)²',
  },
  build: (parameters) => {
    const x = new Value(1, { label: 'x' });
    const y = new Value(1, { label: 'y' });
    const z1 = x.mul(new Value(parameters['θ1'], { label: 'θ1' })).withLabel('z1');
    const a1 = z1.sigmoid().withLabel('a1');
    const z2 = a1.mul(new Value(parameters['θ2'], { label: 'θ2' })).withLabel('z2');
    const a2 = z2.sigmoid().withLabel('ŷ');
    const error = y.sub(a2).withLabel('y − ŷ');
    return error.pow(2).withLabel('(y − ŷ)²').mul(0.5).withLabel('J');
  },
};

export interface ChainRuleLine {
  /** e.g. 'dJ/dθ2' */
  readonly gradient: string;
  readonly factors: readonly { readonly symbol: string; readonly value: number }[];
  readonly product: number;
  /** The same gradient from backward(). */
  readonly backprop: number;
}

/**
 * E3's chain rule written out: each parameter's gradient as the product of the local derivatives along its
 * path, dJ/da2 = a2 − y, da2/dz2 = a2(1 − a2), dz2/dθ2 = a1, dz2/da1 = θ2, da1/dz1 = a1(1 − a1), dz1/dθ1 = x.
 */
export function e3ChainRule(walk: ScalarWalk): ChainRuleLine[] {
  const value = (label: string): number => walk.order.find((node) => node.label === label)!.data;
  const [x, y, a1, a2, theta2] = [value('x'), value('y'), value('a1'), value('ŷ'), value('θ2')];
  const shared = [
    { symbol: 'dJ/da2 = a2 − y', value: a2 - y },
    { symbol: 'da2/dz2 = a2(1 − a2)', value: a2 * (1 - a2) },
  ];
  const lines = [
    { gradient: 'dJ/dθ2', factors: [...shared, { symbol: 'dz2/dθ2 = a1', value: a1 }] },
    {
      gradient: 'dJ/dθ1',
      factors: [
        ...shared,
        { symbol: 'dz2/da1 = θ2', value: theta2 },
        { symbol: 'da1/dz1 = a1(1 − a1)', value: a1 * (1 - a1) },
        { symbol: 'dz1/dθ1 = x', value: x },
      ],
    },
  ];
  return lines.map(({ gradient, factors }) => ({
    gradient,
    factors,
    product: factors.reduce((p, f) => p * f.value, 1),
    backprop: walk.leaf(gradient.slice('dJ/d'.length)).grad,
  }));
}
