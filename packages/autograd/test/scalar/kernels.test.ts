// The built-in ops' kernels (their backward written straight into the inputs' gradients, the engine's fast
// path) against their `backward` (what anomaly mode runs): the same gradients to the last bit, on random
// inputs and random upstream gradients.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as activations from '../../src/scalar/ops/activations.js';
import * as arithmetic from '../../src/scalar/ops/arithmetic.js';
import * as elementary from '../../src/scalar/ops/elementary.js';
import { Value, defineScalarOp, detectAnomaly, type ScalarOpSpec } from '../../src/scalar/index.js';

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Inputs in each op's domain (log of a positive number, division by a number away from 0). */
function inputsFor(spec: ScalarOpSpec): fc.Arbitrary<number[]> {
  if (spec.name === 'log') return fc.tuple(real(0.01, 50));
  if (spec.name === 'div') return fc.tuple(real(-50, 50), fc.oneof(real(-50, -0.01), real(0.01, 50)));
  return spec.forward.length === 1 ? fc.tuple(real(-20, 20)) : fc.tuple(real(-50, 50), real(-50, 50));
}

/** The gradients backward() gives each input of `op(...xs) · upstream`. */
function engineGradients(spec: ScalarOpSpec, xs: number[], upstream: number): number[] {
  const inputs = xs.map((x) => new Value(x));
  defineScalarOp(spec)(...inputs)
    .mul(upstream)
    .backward();
  return inputs.map((input) => input.grad);
}

const isSpec = (x: unknown): x is ScalarOpSpec => typeof x === 'object' && x !== null && 'forward' in x;
const builtIns = [arithmetic, elementary, activations].flatMap((ops) => Object.values(ops).filter(isSpec));
const withKernel = builtIns.filter((spec) => spec.kernel !== undefined);

describe('built-in backward kernels', () => {
  it('every fixed built-in op has one (pow, whose exponent varies, takes the general path)', () => {
    expect(builtIns.filter((spec) => spec.kernel === undefined).map((spec) => spec.name)).toEqual(['pow']);
    expect(withKernel.map((spec) => spec.name).sort()).toEqual(
      ['add', 'div', 'exp', 'log', 'mul', 'neg', 'relu', 'sigmoid', 'softplus', 'sub', 'tanh'].sort(),
    );
  });

  for (const spec of withKernel) {
    it(`${spec.name}: the kernel gives exactly the reference backward's gradients`, () => {
      fc.assert(
        fc.property(inputsFor(spec), real(-10, 10), (xs, upstream) => {
          const out = spec.forward(...xs);
          // + 0 turns −0 into 0: the engine adds each gradient onto a 0, as any accumulation does.
          const reference = spec.backward(upstream, out, ...xs).map((g) => g + 0);
          expect(engineGradients(spec, xs, upstream)).toEqual(reference);
          // Anomaly mode runs the reference path through the engine: it must agree too.
          expect(detectAnomaly(() => engineGradients(spec, xs, upstream))).toEqual(reference);
        }),
        { numRuns: 200 },
      );
    });
  }
});
