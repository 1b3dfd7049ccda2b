// Nielsen's network in tfjs-core: no Layers API, just variables, the same two sigmoid layers and tf.train.sgd.
import type * as TF from '@tensorflow/tfjs-core';
import { accuracyOf, batchIndices, transposedFloat32, type NielsenProblem } from '../nielsen/problem.js';
import type { Trainer } from '../nielsen/trainer.js';
import type { Tf, TfBackend } from './tfjs.js';

export function tfjsTrainer(tf: Tf, backend: TfBackend, problem: NielsenProblem): Trainer {
  const layers = problem.weights.map((w, i) => ({
    // x·W layout: W is [in, out], the transpose of @bp's [out, in].
    w: tf.variable(tf.tensor2d(transposedFloat32(w), [w.shape[1], w.shape[0]], 'float32')),
    b: tf.variable(tf.tensor1d(Float32Array.from(problem.biases[i].data), 'float32')),
  }));
  const x = tf.tensor2d(
    Float32Array.from(problem.train.x.data),
    [problem.train.n, problem.sizes[0]],
    'float32',
  );
  const y = tf.tensor2d(
    Float32Array.from(problem.train.y.data),
    [problem.train.n, problem.sizes[problem.sizes.length - 1]],
    'float32',
  );
  const testX = tf.tensor2d(
    Float32Array.from(problem.test.x.data),
    [problem.test.n, problem.sizes[0]],
    'float32',
  );
  const optimizer = tf.train.sgd(problem.eta);
  const forward = (input: TF.Tensor2D): TF.Tensor2D =>
    layers.reduce((a, { w, b }) => tf.sigmoid(tf.add(tf.matMul(a, w), b)), input);

  return {
    engine: `tfjs-${backend}`,
    dtype: 'float32',
    note: 'tf.train.sgd(η) minimising mean over the batch of ½ Σ_outputs (y−a)²',
    trainEpoch(order) {
      for (const idx of batchIndices(order, problem.batch)) {
        tf.tidy(() => {
          const rows = tf.tensor1d(idx, 'int32');
          const xb = tf.gather(x, rows);
          const yb = tf.gather(y, rows);
          optimizer.minimize(() => tf.mul(tf.sum(tf.square(tf.sub(yb, forward(xb)))), 0.5 / idx.length));
        });
      }
      // Both backends run eagerly; reading a weight back makes sure nothing is pending when the clock stops.
      layers[layers.length - 1].w.dataSync();
    },
    accuracy() {
      const scores = tf.tidy(() => forward(testX).dataSync());
      return accuracyOf(scores, problem.sizes[problem.sizes.length - 1], problem.test.labels);
    },
    dispose() {
      for (const { w, b } of layers) {
        w.dispose();
        b.dispose();
      }
      x.dispose();
      y.dispose();
      testX.dispose();
      optimizer.dispose();
    },
  };
}
