import { Value } from '@bp/autograd';
import { fixed, heading, line, say } from './print.js';

/** E3: two layers of one sigmoid neuron each, the chain rule by hand-sized graph, one SGD step. */
export function e3(): string[] {
  const out = [heading('E3', 'Duas camadas, um neurônio cada', 'Two layers, one neuron each')];
  const forward = (t1: number, t2: number) => {
    const x = new Value(1, { label: 'x' });
    const theta1 = new Value(t1, { label: 'θ1' });
    const theta2 = new Value(t2, { label: 'θ2' });
    const a1 = x.mul(theta1).sigmoid().withLabel('a1');
    const a2 = a1.mul(theta2).sigmoid().withLabel('ŷ');
    const J = new Value(1).sub(a2).pow(2).mul(0.5).withLabel('J');
    return { theta1, theta2, a1, a2, J };
  };
  const f = forward(-0.5, 0.5);
  f.J.backward();
  out.push(
    line('a1 = σ(x·θ1)', fixed(f.a1.data, 10)),
    line('ŷ = σ(a1·θ2)', fixed(f.a2.data, 10)),
    line('J = ½(y − ŷ)²', fixed(f.J.data, 10)),
  );
  const a1 = f.a1.data;
  const a2 = f.a2.data;
  out.push(
    line('dJ/da2 = a2 − y', fixed(a2 - 1, 10)),
    line('da2/dz2 = a2(1 − a2)', fixed(a2 * (1 - a2), 10)),
    line('da1/dz1 = a1(1 − a1)', fixed(a1 * (1 - a1), 10)),
    line('dJ/dθ2', fixed(f.theta2.grad, 10)),
    line('dJ/dθ1', fixed(f.theta1.grad, 10)),
  );
  const t2 = f.theta2.data - 0.1 * f.theta2.grad;
  const t1 = f.theta1.data - 0.1 * f.theta1.grad;
  const g = forward(t1, t2);
  out.push(
    say('  Depois de um passo (η = 0.1):', '  After one step (η = 0.1):'),
    line('θ2', fixed(t2, 10)),
    line('θ1', fixed(t1, 10)),
    line('ŷ', fixed(g.a2.data, 10)),
    line('J', fixed(g.J.data, 10)),
  );
  return out;
}
