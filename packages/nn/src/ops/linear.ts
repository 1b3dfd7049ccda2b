// y = x·Wᵀ + b as one op, optionally followed by an activation in the same op, with its backward beside it.
// Shapes: x [N, in] (or one example [in]), W [out, in] (rows are output units, the course's θ(l)_jk), b [out].
import { ShapeError, Tensor, gemm } from '@bp/tensor';
import { Variable, defineOp, type VariableLike } from '@bp/autograd';
import { resolveActivation, type Activation, type ActivationLike } from '../activations/definitions.js';
import { activate } from '../activations/functional.js';

interface LinearParams {
  /** The activation fused after the affine map (its derivative must be expressible through its output). */
  readonly activation: Activation | null;
  /** Whether x needs a gradient: the first layer's input usually does not, and gx is the costliest product. */
  readonly inputGrad: boolean;
}

function checkShapes(x: Tensor, w: Tensor, b: Tensor | undefined): void {
  if (w.ndim !== 2)
    throw new ShapeError('linear', 'the weight must be a matrix [out, in]', [x.shape, w.shape]);
  if (x.ndim !== 1 && x.ndim !== 2)
    throw new ShapeError('linear', 'the input must be [N, in] (examples in rows) or one example [in]', [
      x.shape,
      w.shape,
    ]);
  const inX = x.shape[x.ndim - 1];
  if (inX !== w.shape[1]) {
    throw new ShapeError(
      'linear',
      `the input has ${inX} features but the weight [out, in] expects ${w.shape[1]}`,
      [x.shape, w.shape],
    );
  }
  if (b !== undefined && (b.ndim !== 1 || b.shape[0] !== w.shape[0])) {
    throw new ShapeError('linear', `the bias must have shape [${w.shape[0]}], one per output unit`, [
      w.shape,
      b.shape,
    ]);
  }
}

/** z = x·Wᵀ + b, then a = φ(z) in place when an activation is fused. */
function forward([x, w, b]: readonly Tensor[], { activation }: LinearParams): Tensor {
  checkShapes(x, w, b);
  const [out, inF] = w.shape;
  const rows = x.ndim === 1 ? 1 : x.shape[0];
  const X = x.data;
  const W = w.data;
  const B = b?.data;
  const y = new Float64Array(rows * out);
  gemm(rows, out, inF, X, 0, W, 0, y, 0, { transB: true }); // x·Wᵀ without materialising Wᵀ
  if (B !== undefined || activation !== null) {
    for (let n = 0, o = 0; n < rows; n++) {
      for (let j = 0; j < out; j++, o++) {
        const z = B === undefined ? y[o] : y[o] + B[j];
        y[o] = activation === null ? z : activation.fn(z);
      }
    }
  }
  return new Tensor(y, x.ndim === 1 ? [out] : [rows, out]);
}

/**
 * With gz = g ⊙ φ′(a) (just g without an activation):
 * gx = gz·W, gW = gzᵀ·x, gb = Σ_rows gz.
 */
function backward(
  g: Tensor,
  ctx: { inputs: readonly Tensor[]; output: Tensor; params: LinearParams },
): (Tensor | null)[] {
  const [x, w, b] = ctx.inputs;
  const { activation, inputGrad } = ctx.params;
  const [out, inF] = w.shape;
  const rows = x.ndim === 1 ? 1 : x.shape[0];
  let gz = g.data;
  if (activation !== null) {
    const dOut = activation.derivativeFromOutput;
    if (dOut === null)
      throw new TypeError(`linear: activation '${activation.name}' cannot be fused (its derivative needs z)`);
    const a = ctx.output.data;
    gz = new Float64Array(gz.length);
    for (let i = 0; i < gz.length; i++) gz[i] = g.data[i] * dOut(a[i]);
  }
  let gx: Tensor | null = null;
  if (inputGrad) {
    const data = new Float64Array(rows * inF);
    gemm(rows, inF, out, gz, 0, w.data, 0, data, 0);
    gx = new Tensor(data, x.shape);
  }
  const gw = new Float64Array(out * inF);
  gemm(out, inF, rows, gz, 0, x.data, 0, gw, 0, { transA: true }); // gzᵀ·x
  const grads: (Tensor | null)[] = [gx, new Tensor(gw, w.shape)];
  if (b !== undefined) {
    const gb = new Float64Array(out);
    for (let n = 0; n < rows; n++) for (let j = 0; j < out; j++) gb[j] += gz[n * out + j];
    grads.push(new Tensor(gb, b.shape));
  }
  return grads;
}

const LinearOp = defineOp<LinearParams>({ name: 'linear', forward, backward });
const LinearActivationOp = defineOp<LinearParams>({ name: 'linearActivation', forward, backward });

const needsGrad = (x: VariableLike): boolean => x instanceof Variable && x.requiresGrad;

/** y = x·Wᵀ + b (PyTorch's `F.linear`), one fused op. */
export function linear(x: VariableLike, weight: VariableLike, bias: VariableLike | null = null): Variable {
  const inputs = bias === null ? [x, weight] : [x, weight, bias];
  return LinearOp.apply(inputs, { activation: null, inputGrad: needsGrad(x) });
}

/**
 * a = φ(x·Wᵀ + b) as one op that keeps only a, using φ′ written through a (σ′ = a(1 − a)).
 * Activations whose derivative needs z (step, sign) fall back to `linear` then `activate`.
 */
export function linearActivation(
  x: VariableLike,
  weight: VariableLike,
  bias: VariableLike | null,
  activation: ActivationLike,
): Variable {
  const act = resolveActivation(activation);
  if (act.derivativeFromOutput === null) return activate(linear(x, weight, bias), act);
  const inputs = bias === null ? [x, weight] : [x, weight, bias];
  return LinearActivationOp.apply(inputs, { activation: act, inputGrad: needsGrad(x) });
}
