import { describe, expect, it } from 'vitest';
import { e1 } from '../src/e1-final-bias.js';
import { e5 } from '../src/e5-bias-trick.js';
import { e7 } from '../src/e7-perceptron.js';
import { trainNielsen } from '../src/nielsen.js';

describe('demo sections that train', () => {
  it('E1: the first two steps as the course prints them, and the stop near 2.61', () => {
    const text = e1().join('\n');
    for (const n of [
      '[-2.603665, -1.609019, -2.614870]',
      '20.423598',
      '-15.655108',
      '-1.565511',
      '1.565511',
      '3.267828',
      '-6.262043',
    ]) {
      expect(text).toContain(n);
    }
    expect(text).toMatch(/b3\s+2\.6[01]\d+$/m);
  });

  it('E5: the bias-trick forward pass and a 2-2-1 network at 100% on XOR', () => {
    const text = e5().join('\n');
    expect(text).toContain('[0.899529, 0.593149, 0.378481]');
    expect(text).toContain('0.506509');
    expect(text).toMatch(/100%/);
  });

  it('E7: AND converges, XOR does not and is not linearly separable, the φ(x) = 2x MLP is affine', () => {
    const text = e7().join('\n');
    expect(text).toMatch(/AND\s+converged: true/);
    expect(text).toContain('converged: false, linearly separable: false');
    expect(text).toMatch(/\(2 W2 b1 \+ b2\): true/);
  });

  it("E6 on a slice of MNIST: Nielsen's network learns (2,000 digits, 3 epochs, seeded)", async () => {
    const result = await trainNielsen({ train: 2000, test: 500, epochs: 3, seed: 1 });
    expect(result.testAccuracy).toHaveLength(3);
    expect(result.history.loss[2]).toBeLessThan(result.history.loss[0]);
    // Far above chance (10%); the full run (8,000 digits, 30 epochs) is `pnpm --filter @bp/demo nielsen`.
    expect(result.testAccuracy[2]).toBeGreaterThan(0.6);
  }, 60_000);
});
