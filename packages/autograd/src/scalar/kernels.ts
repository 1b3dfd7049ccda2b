// The built-in ops' backward, written straight into the inputs' pending gradients: the engine's fast path.
// Each kernel is the chain rule of its op's `backward` in ops/ (the reference, and what anomaly mode and
// user-defined ops run); kernels.test.ts checks every kernel against its reference on random inputs.
// Why a second form: V8 boxes every number passed through the one call site that sees every op, and each
// returned array is one more object per node. On micrograd's 66k-node MLP that garbage forced a young-
// generation collection in the middle of backward, copying the whole live graph: half the step's time.
import { stableSigmoid } from './ops/activations.js';
import * as activations from './ops/activations.js';
import * as arithmetic from './ops/arithmetic.js';
import * as elementary from './ops/elementary.js';
import type { ScalarOpSpec, Value } from './value.js';

/** Reads `out`'s pending gradient and adds each input's share to the input's. */
export type Kernel = (out: Value, a: Value, b: Value) => void;

export const KERNELS: ReadonlyMap<ScalarOpSpec, Kernel> = new Map<ScalarOpSpec, Kernel>([
  [
    arithmetic.add,
    (out, a, b) => {
      const grad = out.pendingGrad();
      a.addPendingGrad(grad);
      b.addPendingGrad(grad);
    },
  ],
  [
    arithmetic.sub,
    (out, a, b) => {
      const grad = out.pendingGrad();
      a.addPendingGrad(grad);
      b.addPendingGrad(-grad);
    },
  ],
  [
    arithmetic.mul,
    (out, a, b) => {
      const grad = out.pendingGrad();
      a.addPendingGrad(grad * b.data);
      b.addPendingGrad(grad * a.data);
    },
  ],
  [
    arithmetic.div,
    (out, a, b) => {
      const grad = out.pendingGrad();
      a.addPendingGrad(grad / b.data);
      b.addPendingGrad((-grad * a.data) / (b.data * b.data));
    },
  ],
  [arithmetic.neg, (out, a) => a.addPendingGrad(-out.pendingGrad())],
  [elementary.exp, (out, a) => a.addPendingGrad(out.pendingGrad() * out.data)],
  [elementary.log, (out, a) => a.addPendingGrad(out.pendingGrad() / a.data)],
  [activations.tanh, (out, a) => a.addPendingGrad(out.pendingGrad() * (1 - out.data * out.data))],
  [activations.sigmoid, (out, a) => a.addPendingGrad(out.pendingGrad() * out.data * (1 - out.data))],
  [activations.relu, (out, a) => a.addPendingGrad(a.data > 0 ? out.pendingGrad() : 0)],
  [activations.softplus, (out, a) => a.addPendingGrad(out.pendingGrad() * stableSigmoid(a.data))],
]);
