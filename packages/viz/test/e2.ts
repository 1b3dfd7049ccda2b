// E2 of the worked examples (seed 001) built through @bp/autograd's public Value API.
import { Value } from '@bp/autograd';

export function e2Graph() {
  const x = new Value(1, { label: 'x' });
  const y = new Value(5, { label: 'y' });
  const w1 = new Value(2, { label: 'w1' });
  const b1 = new Value(0, { label: 'b1' });
  const w2 = new Value(3, { label: 'w2' });
  const b2 = new Value(1, { label: 'b2' });
  const t1 = w1.mul(x).withLabel('t1');
  const z1 = t1.add(b1).withLabel('z1');
  const a1 = z1.relu().withLabel('a1');
  const t2 = w2.mul(a1).withLabel('t2');
  const z2 = t2.add(b2).withLabel('z2');
  const a2 = z2.relu().withLabel('a2');
  const J = a2.sub(y).pow(2).mul(0.5).withLabel('J');
  J.backward();
  return J;
}

/** Label → [data, grad] as the worked examples in the root README print them (J's grad is dJ/dJ = 1). */
export const E2_NUMBERS: Record<string, [string, string]> = {
  w1: ['2', '6'],
  b1: ['0', '6'],
  w2: ['3', '4'],
  b2: ['1', '2'],
  t1: ['2', '6'],
  z1: ['2', '6'],
  a1: ['2', '6'],
  t2: ['6', '2'],
  z2: ['7', '2'],
  a2: ['7', '2'],
  J: ['2', '1'],
};
