import { describe, expect, it } from 'vitest';
import { e2 } from '../src/e2-graph.js';
import { e3 } from '../src/e3-chain-rule.js';
import { e4 } from '../src/e4-delta.js';

// The demo prints the worked examples; these check it prints the course's numbers, not just something.
describe('demo sections print the worked examples', () => {
  it('E2: forward nodes, backward derivatives and the nudge check', () => {
    const text = e2().join('\n');
    expect(text).toMatch(/dJ\/dw1\s+6\n/);
    expect(text).toMatch(/dJ\/dw2\s+4\n/);
    expect(text).toContain('2.0060045');
  });

  it('E3: values, gradients and the step to 10 digits', () => {
    const text = e3().join('\n');
    for (const n of [
      '0.3775406688',
      '0.5470529419',
      '0.1025805187',
      '-0.0423728802',
      '-0.0131876973',
      '0.5042372880',
      '-0.4986812303',
      '0.5474880292',
      '0.1023835419',
    ]) {
      expect(text).toContain(n);
    }
  });

  it('E4: deltas, gradients and updated weights to 6 decimals', () => {
    const text = e4().join('\n');
    expect(text).toContain('[[-0.003880, 0.000553, -0.001114], [-0.008085, 0.001168, -0.002299]]');
    expect(text).toContain('[[0.703875, -0.096300, 0.203036]]');
  });
});
