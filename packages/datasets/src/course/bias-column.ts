import { fromData, type Tensor } from '@bp/tensor';

/** Appends a column of ones (the bias trick: a bias becomes the weight of a constant input). */
export function appendOnes(x: Tensor): Tensor {
  const [n, f] = x.shape;
  const out = new Float64Array(n * (f + 1));
  for (let i = 0; i < n; i++) {
    out.set(x.data.subarray(i * f, (i + 1) * f), i * (f + 1));
    out[i * (f + 1) + f] = 1;
  }
  return fromData(out, [n, f + 1]);
}
