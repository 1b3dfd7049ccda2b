// E2 and E3 of the course, reproduced through the public API to the digits the course gives.
import { describe, expect, it } from 'vitest';
import { Value } from '../../src/scalar/index.js';
import { expectClose } from './helpers.js';

describe('E2: computation graph with ReLU', () => {
  // J = ½(a2 − y)², a2 = relu(w2·relu(w1·x + b1) + b2)
  function buildE2(w1Data: number) {
    const x = new Value(1, { label: 'x' });
    const y = new Value(5, { label: 'y' });
    const w1 = new Value(w1Data, { label: 'w1' });
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
    return { x, y, w1, b1, w2, b2, t1, z1, a1, t2, z2, a2, J };
  }

  it('computes every forward node', () => {
    const g = buildE2(2);
    const expected = { t1: 2, z1: 2, a1: 2, t2: 6, z2: 7, a2: 7, J: 2 };
    for (const [name, value] of Object.entries(expected)) {
      expectClose(g[name as keyof typeof expected].data, value);
    }
  });

  it('backpropagates every derivative the course lists', () => {
    const g = buildE2(2);
    g.J.backward();
    const expected = { a2: 2, z2: 2, b2: 2, t2: 2, w2: 4, a1: 6, z1: 6, b1: 6, t1: 6, w1: 6 };
    for (const [name, grad] of Object.entries(expected)) {
      expectClose(g[name as keyof typeof expected].grad, grad);
    }
    expect(g.J.grad).toBe(1);
  });

  it('agrees with nudging w1 by 0.001', () => {
    const base = buildE2(2);
    base.J.backward();
    const nudged = buildE2(2.001);
    expectClose(nudged.a2.data, 7.003);
    expectClose(nudged.J.data, 2.0060045);
    // The finite-difference slope is close to the backpropagated one (6), up to the O(0.001) curvature term.
    expectClose((nudged.J.data - base.J.data) / 0.001, base.w1.grad, 1e-2);
  });
});

describe('E3: two sigmoid layers, one neuron each', () => {
  const eta = 0.1;

  function forward(theta1: Value, theta2: Value) {
    const x = new Value(1, { label: 'x' });
    const y = new Value(1, { label: 'y' });
    const z1 = x.mul(theta1).withLabel('z1');
    const a1 = z1.sigmoid().withLabel('a1');
    const z2 = a1.mul(theta2).withLabel('z2');
    const a2 = z2.sigmoid().withLabel('ŷ');
    const J = y.sub(a2).pow(2).mul(0.5).withLabel('J');
    return { x, y, z1, a1, z2, a2, J };
  }

  function setup() {
    const theta1 = new Value(-0.5, { label: 'θ1' });
    const theta2 = new Value(0.5, { label: 'θ2' });
    return { theta1, theta2, ...forward(theta1, theta2) };
  }

  it('forward: a1, ŷ and J', () => {
    const { a1, a2, J } = setup();
    expectClose(a1.data, 0.3775406688);
    expectClose(a2.data, 0.5470529419);
    expectClose(J.data, 0.1025805187);
  });

  it('backward: dJ/dθ2 and dJ/dθ1', () => {
    const { theta1, theta2, J } = setup();
    J.backward();
    expectClose(theta2.grad, -0.0423728802);
    expectClose(theta1.grad, -0.0131876973);
  });

  it('each local derivative is the one the course writes down', () => {
    const { theta1, theta2, x, y, z1, a1, z2, a2, J } = setup();
    J.backward();
    expectClose(a2.grad, a2.data - y.data, 1e-15); // dJ/da2 = a2 − y
    expectClose(z2.grad, a2.grad * a2.data * (1 - a2.data), 1e-15); // da2/dz2 = a2(1 − a2)
    expectClose(theta2.grad, z2.grad * a1.data, 1e-15); // dz2/dθ2 = a1
    expectClose(a1.grad, z2.grad * theta2.data, 1e-15); // dz2/da1 = θ2
    expectClose(z1.grad, a1.grad * a1.data * (1 - a1.data), 1e-15); // da1/dz1 = a1(1 − a1)
    expectClose(theta1.grad, z1.grad * x.data, 1e-15); // dz1/dθ1 = x
  });

  it('one SGD step, then a new forward pass', () => {
    const { theta1, theta2, J } = setup();
    J.backward();
    for (const p of [theta1, theta2]) p.data -= eta * p.grad;
    expectClose(theta2.data, 0.504237288);
    expectClose(theta1.data, -0.4986812303);

    const after = forward(theta1, theta2);
    expectClose(after.a2.data, 0.5474880292);
    expectClose(after.J.data, 0.1023835419);
    expect(after.J.data).toBeLessThan(J.data);
  });
});
