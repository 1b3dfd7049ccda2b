import { Value } from '@bp/autograd';
import { heading, line, say } from './print.js';

/** E2's graph with w1 set to `w1value` (2 in the example, 2.001 for the nudge check), before backward. */
export function buildE2(w1value: number) {
  const x = new Value(1, { label: 'x' });
  const y = new Value(5, { label: 'y' });
  const w1 = new Value(w1value, { label: 'w1' });
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
  return { w1, b1, w2, b2, t1, z1, a1, t2, z2, a2, J };
}

/** E2: the computation graph with ReLU, every node forward and every derivative backward. */
export function e2(): string[] {
  const out = [heading('E2', 'Grafo computacional com ReLU', 'Computation graph with ReLU')];
  const g = buildE2(2);
  g.J.backward();
  out.push(say('  Ida (forward):', '  Forward:'));
  for (const n of [g.t1, g.z1, g.a1, g.t2, g.z2, g.a2, g.J]) out.push(line(n.label, String(n.data)));
  out.push(say('  Volta (backward):', '  Backward:'));
  for (const n of [g.a2, g.z2, g.b2, g.t2, g.w2, g.a1, g.z1, g.b1, g.t1, g.w1])
    out.push(line(`dJ/d${n.label}`, String(n.grad)));
  const nudged = buildE2(2.001);
  out.push(
    say('  Conferência (w1 = 2.001):', '  Nudge check (w1 = 2.001):'),
    line('a2', nudged.a2.data.toFixed(3)),
    line('J', nudged.J.data.toFixed(7)),
    line('(J − 2) / 0.001', ((nudged.J.data - g.J.data) / 0.001).toFixed(4)),
  );
  return out;
}
