import { ArgumentError, ShapeError, Tensor } from '@bp/tensor';
import { Variable, defineOp } from '@bp/autograd';
import { toTensor, type TensorInput } from '../util.js';

interface CEParams {
  /** The target came as class indices (made one-hot here): it is a constant with no gradient. */
  readonly fromIndices: boolean;
}

/** Per row: ln Σ_c e^{z_c}, computed as m + ln Σ e^{z_c − m} with m = max_c z_c so no exponential overflows. */
function logSumExpRows(z: Tensor): Float64Array {
  const [n, c] = z.shape;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let k = 0; k < c; k++) m = Math.max(m, z.data[i * c + k]);
    let s = 0;
    for (let k = 0; k < c; k++) s += Math.exp(z.data[i * c + k] - m);
    out[i] = m + Math.log(s);
  }
  return out;
}

/**
 * J = (1/N) Σ_i Σ_c t_ic (lse_i − z_ic), i.e. −(1/N) Σ_i Σ_c t_ic ln softmax(z_i)_c.
 * Backward: ∂J/∂z_ic = (softmax(z_i)_c · Σ_c t_ic − t_ic)/N, which is (softmax − onehot)/N for a class
 * target; ∂J/∂t_ic = (lse_i − z_ic)/N.
 */
const CrossEntropy = defineOp<CEParams>({
  name: 'crossEntropy',
  forward: ([z, t]) => {
    const [n, c] = z.shape;
    const lse = logSumExpRows(z);
    let s = 0;
    for (let i = 0; i < n; i++)
      for (let k = 0; k < c; k++) {
        const tk = t.data[i * c + k];
        if (tk !== 0) s += tk * (lse[i] - z.data[i * c + k]);
      }
    return new Tensor(Float64Array.of(s / n), []);
  },
  backward: (g, { inputs: [z, t], params }) => {
    const [n, c] = z.shape;
    const scale = g.item() / n;
    const lse = logSumExpRows(z);
    const gz = new Float64Array(n * c);
    const gt = params.fromIndices ? null : new Float64Array(n * c);
    for (let i = 0; i < n; i++) {
      let mass = 0;
      for (let k = 0; k < c; k++) mass += t.data[i * c + k];
      for (let k = 0; k < c; k++) {
        const o = i * c + k;
        gz[o] = scale * (Math.exp(z.data[o] - lse[i]) * mass - t.data[o]);
        if (gt !== null) gt[o] = scale * (lse[i] - z.data[o]);
      }
    }
    return [new Tensor(gz, z.shape), gt === null ? null : new Tensor(gt, t.shape)];
  },
});

function oneHotTargets(indices: Tensor, n: number, c: number): Tensor {
  if (indices.size !== n) {
    throw new ShapeError(
      'crossEntropy',
      `expected one class index per row of the logits (${n}), got ${indices.size}`,
      [[n, c], indices.shape],
    );
  }
  const out = new Float64Array(n * c);
  for (let i = 0; i < n; i++) {
    const k = indices.data[i];
    if (!Number.isInteger(k) || k < 0 || k >= c) {
      throw new ArgumentError(
        'crossEntropy',
        'targets',
        `holds ${k} at row ${i}: a class index must be an integer in 0..${c - 1}`,
      );
    }
    out[i * c + k] = 1;
  }
  return new Tensor(out, [n, c]);
}

/**
 * Mean cross-entropy of logits [N, C] (raw scores; softmax is applied inside with a stable log-sum-exp),
 * as PyTorch's `CrossEntropyLoss()`. Targets are either class indices, shape [N] (e.g. `[2, 0, 1]`), or
 * one row of class probabilities per example, shape [N, C] (one-hot rows, or soft labels).
 */
export function crossEntropy(logits: Variable, targets: TensorInput): Variable {
  if (logits.shape.length !== 2) {
    throw new ShapeError('crossEntropy', 'logits must be [N, C]: one row of C class scores per example', [
      logits.shape,
    ]);
  }
  const [n, c] = logits.shape;
  if (n === 0)
    throw new ArgumentError('crossEntropy', 'logits', 'has no rows: a loss needs at least one example');
  const t = toTensor(targets);
  if (t.ndim === 2) {
    if (t.shape[0] !== n || t.shape[1] !== c) {
      throw new ShapeError('crossEntropy', 'probability targets must have the shape of the logits [N, C]', [
        logits.shape,
        t.shape,
      ]);
    }
    const target = targets instanceof Variable ? targets : new Variable(t);
    return CrossEntropy.apply([logits, target], { fromIndices: false });
  }
  if (t.ndim !== 1) {
    throw new ShapeError('crossEntropy', 'targets must be class indices [N] or class probabilities [N, C]', [
      logits.shape,
      t.shape,
    ]);
  }
  return CrossEntropy.apply([logits, oneHotTargets(t, n, c)], { fromIndices: true });
}
