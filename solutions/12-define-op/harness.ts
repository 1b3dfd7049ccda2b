// Trusted harness of 12-define-op, run inside the grading worker: builds the op returned by the student's
// function, runs forward and backward with @bp/autograd Variables on the case's inputs and upstream gradient,
// runs gradcheck, and returns plain numbers.
import { defineOp, gradcheck, Variable, type Op, type OpDefinition } from '@bp/autograd';
import { tensor, type NestedArray } from '@bp/tensor';

/** What the harness returns: the forward values, one gradient per input, and gradcheck's verdict. */
export interface OpReport {
  forward: NestedArray;
  /** gradInput0, gradInput1, …: ∂L/∂input k for the case's upstream gradient (null if none reached it). */
  [gradInput: `gradInput${number}`]: NestedArray | null;
  /** maxError is 0 when ok; otherwise the largest |autodiff − central difference| gradcheck found. */
  gradcheck: { ok: boolean; maxError: number };
}

const describe = (x: unknown): string => (x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x);

/** Accepts an Op (defineOp's result) or a bare definition { name, forward, backward }. */
function asOp(made: unknown, fn: string): Op<undefined> {
  if (typeof made === 'object' && made !== null) {
    const candidate = made as Partial<Op<undefined>> & Partial<OpDefinition<undefined>>;
    if (typeof candidate.apply === 'function') return made as Op<undefined>;
    if (typeof candidate.forward === 'function' && typeof candidate.backward === 'function') {
      return defineOp(made as OpDefinition<undefined>);
    }
  }
  throw new TypeError(
    `${fn}() must return defineOp({ name, forward, backward }), but returned ${describe(made)}`,
  );
}

export default function harness(mod: Record<string, unknown>, fn: string, args: unknown[]): OpReport {
  const make = mod[fn];
  if (typeof make !== 'function') throw new TypeError(`${fn} is not exported as a function`);
  const op = asOp((make as () => unknown)(), fn);
  const [inputs, gradOutput] = args as [NestedArray[], NestedArray];
  const values = inputs.map((x) => tensor(x));
  const vars = values.map((t) => new Variable(t.clone(), { requiresGrad: true }));
  const out = op.apply(vars, undefined);
  out.backward(tensor(gradOutput));
  const check = gradcheck((...xs) => op.apply(xs, undefined), values);
  return {
    forward: out.toArray(),
    ...Object.fromEntries(vars.map((v, k) => [`gradInput${k}`, v.grad === null ? null : v.grad.toArray()])),
    gradcheck: { ok: check.ok, maxError: check.ok ? 0 : check.maxAbsError },
  };
}
