// Anomaly mode: the first non-finite number is reported at the op that produced it.
import { afterEach, describe, expect, it } from 'vitest';
import {
  AnomalyError,
  Value,
  detectAnomaly,
  isAnomalyModeEnabled,
  setAnomalyMode,
} from '../../src/scalar/index.js';

afterEach(() => setAnomalyMode(false));

function thrown(fn: () => unknown): AnomalyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AnomalyError) return error;
    throw error;
  }
  throw new Error('expected an AnomalyError');
}

describe('anomaly mode', () => {
  it('is off by default, so non-finite results flow through silently', () => {
    expect(isAnomalyModeEnabled()).toBe(false);
    expect(new Value(0).log().data).toBe(Number.NEGATIVE_INFINITY);
  });

  it('log(0) throws in the forward pass, naming the op, the direction and the input', () => {
    const error = thrown(() => detectAnomaly(() => new Value(0, { label: 'p' }).log()));
    expect(error.op).toBe('log');
    expect(error.direction).toBe('forward');
    expect(error.inputs).toEqual([0]);
    expect(error.produced).toBe(Number.NEGATIVE_INFINITY);
    expect(error.message).toBe("forward of 'log' produced -Infinity from inputs (0)");
  });

  it('0 · Infinity throws at mul', () => {
    const error = thrown(() => detectAnomaly(() => new Value(0).mul(Number.POSITIVE_INFINITY)));
    expect(error.op).toBe('mul');
    expect(error.message).toMatch(/'mul' produced NaN from inputs \(0, Infinity\)/);
  });

  it('reports the first anomaly, not a later one', () => {
    setAnomalyMode(true);
    const error = thrown(() => new Value(-1).log().exp().mul(2));
    expect(error.op).toBe('log');
  });

  it('throws in the backward pass, with the upstream gradient', () => {
    const x = new Value(0);
    const y = x.pow(0.5).mul(3); // √x is finite at 0, its derivative is not
    const error = thrown(() => detectAnomaly(() => y.backward()));
    expect(error.op).toBe('pow');
    expect(error.direction).toBe('backward');
    expect(error.message).toMatch(
      /^backward of 'pow' produced Infinity from inputs \(0\) and upstream gradient 3$/,
    );
  });

  it('detectAnomaly restores the previous setting, even when fn throws', () => {
    expect(() => detectAnomaly(() => new Value(-1).log())).toThrow(AnomalyError);
    expect(isAnomalyModeEnabled()).toBe(false);
    setAnomalyMode(true);
    detectAnomaly(() => 0);
    expect(isAnomalyModeEnabled()).toBe(true);
  });

  it('lets finite computations through unchanged', () => {
    const value = detectAnomaly(() => {
      const x = new Value(2);
      const y = x.log().sigmoid().mul(x);
      y.backward();
      return x.grad;
    });
    expect(Number.isFinite(value)).toBe(true);
  });
});
