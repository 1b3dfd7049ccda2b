// tfjs-core's CommonJS build for Node (tf-core.node.js) registers no gradients: only the ESM build's
// register_all_gradients.js does, and the full @tensorflow/tfjs package that imports it is not installed.
// These are tfjs-core 4.22's own gradient configs (dist/gradients/*_grad.js), ported line for line, for the
// seven kernels the Nielsen training differentiates, so tf.train.sgd runs tfjs's autodiff as shipped.
import type * as TF from '@tensorflow/tfjs-core';

type Tf = typeof TF;

function reduceTo(tf: Tf, dy: TF.Tensor, shape: number[], outShape: number[]): TF.Tensor {
  const axes = tf.broadcast_util.getReductionAxes(shape, outShape);
  return tf.reshape(axes.length > 0 ? tf.sum(dy, axes) : dy, shape);
}

const single = (dy: TF.Tensor | TF.Tensor[]): TF.Tensor => (Array.isArray(dy) ? dy[0] : dy);

function configs(tf: Tf): TF.GradConfig[] {
  return [
    {
      kernelName: 'Sigmoid',
      outputsToSave: [true],
      gradFunc: (dy, [y]) => ({ x: () => tf.mul(single(dy), tf.mul(y, tf.sub(tf.scalar(1), y))) }),
    },
    {
      kernelName: 'Add',
      inputsToSave: ['a', 'b'],
      gradFunc: (dy, [a, b]) => {
        const out = tf.broadcast_util.assertAndGetBroadcastShape(a.shape, b.shape);
        return {
          a: () => reduceTo(tf, single(dy), a.shape, out),
          b: () => reduceTo(tf, single(dy), b.shape, out),
        };
      },
    },
    {
      kernelName: 'Sub',
      inputsToSave: ['a', 'b'],
      gradFunc: (dy, [a, b]) => {
        const out = tf.broadcast_util.assertAndGetBroadcastShape(a.shape, b.shape);
        return {
          a: () => reduceTo(tf, single(dy), a.shape, out),
          b: () => tf.neg(reduceTo(tf, single(dy), b.shape, out)),
        };
      },
    },
    {
      kernelName: 'Multiply',
      inputsToSave: ['a', 'b'],
      gradFunc: (dy, [a, b]) => {
        const out = tf.broadcast_util.assertAndGetBroadcastShape(a.shape, b.shape);
        return {
          a: () => reduceTo(tf, tf.mul(single(dy), tf.cast(b, 'float32')), a.shape, out),
          b: () => reduceTo(tf, tf.mul(single(dy), tf.cast(a, 'float32')), b.shape, out),
        };
      },
    },
    {
      kernelName: 'Square',
      inputsToSave: ['x'],
      gradFunc: (dy, [x]) => ({ x: () => tf.mul(single(dy), tf.mul(tf.cast(x, 'float32'), 2)) }),
    },
    {
      kernelName: 'Sum',
      inputsToSave: ['x'],
      gradFunc: (dy, [x], attrs) => {
        const expanded = x.shape.slice();
        for (const axis of tf.util.parseAxisParam(attrs.axis as number | number[], x.shape))
          expanded[axis] = 1;
        const derX = tf.mul(tf.reshape(single(dy), expanded), tf.ones(x.shape, 'float32'));
        return { x: () => derX };
      },
    },
    {
      kernelName: 'BatchMatMul',
      inputsToSave: ['a', 'b'],
      gradFunc: (dy, [a, b], attrs) => {
        const g = single(dy);
        const tA = attrs.transposeA === true;
        const tB = attrs.transposeB === true;
        if (!tA && !tB)
          return { a: () => tf.matMul(g, b, false, true), b: () => tf.matMul(a, g, true, false) };
        if (!tA && tB)
          return { a: () => tf.matMul(g, b, false, false), b: () => tf.matMul(g, a, true, false) };
        if (tA && !tB)
          return { a: () => tf.matMul(b, g, false, true), b: () => tf.matMul(a, g, false, false) };
        return { a: () => tf.matMul(b, g, true, true), b: () => tf.matMul(g, a, true, true) };
      },
    },
  ];
}

/** Registers the gradients tfjs-core's Node build lacks (once; a kernel that already has one keeps it). */
export function registerGradients(tf: Tf): void {
  for (const config of configs(tf)) {
    if ((tf.getGradient(config.kernelName) as TF.GradConfig | undefined) === undefined)
      tf.registerGradient(config);
  }
}
