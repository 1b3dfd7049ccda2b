// What networkToSvg draws: the layers of a small fully connected network, optionally its weights, and numbers
// written beside each neuron (activations, deltas, …). Plain numbers, so a worked example can be drawn from a
// table without building a model.
import { ArgumentError, ShapeError } from '../errors.js';
import { describe } from '../validate.js';

/** Numbers beside each neuron of a layer: one entry per neuron, a number or one number per example. */
export interface NeuronAnnotation {
  /** Shown before the numbers, e.g. 'a' or 'δ'. */
  readonly label: string;
  readonly values: readonly (number | readonly number[])[];
}

export interface NetworkLayer {
  /** Number of neurons. */
  readonly size: number;
  /** Heading above the layer (default 'input', 'layer l', 'output'). */
  readonly title?: string;
  /** Text inside each neuron (default x1, x2, … in the input layer and a1, a2, … elsewhere). */
  readonly names?: readonly string[];
  readonly annotations?: readonly NeuronAnnotation[];
}

export interface NetworkDiagram {
  /** Input layer first. */
  readonly layers: readonly NetworkLayer[];
  /**
   * `weights[l][j][k]` is the weight from neuron k of `layers[l]` to neuron j of `layers[l + 1]`: rows are the
   * outputs, as the course writes θ(l+1) (so E4's θ(1) and θ(2) go in as they are).
   */
  readonly weights?: readonly (readonly (readonly number[])[])[];
}

/** The largest layer drawn: beyond this a diagram is no longer readable. */
export const MAX_NEURONS = 64;

export function checkDiagram(op: string, network: NetworkDiagram): void {
  if (
    network === null ||
    typeof network !== 'object' ||
    !Array.isArray(network.layers) ||
    network.layers.length === 0
  ) {
    throw new ArgumentError(
      op,
      'network',
      `must be { layers: [...] } with at least one layer, got ${describe(network)}`,
    );
  }
  network.layers.forEach((layer: NetworkLayer, l) => {
    const where = `network.layers[${l}]`;
    if (!Number.isInteger(layer?.size) || layer.size < 1 || layer.size > MAX_NEURONS) {
      throw new ArgumentError(
        op,
        `${where}.size`,
        `must be an integer from 1 to ${MAX_NEURONS}, got ${describe(layer?.size)}`,
      );
    }
    if (layer.names !== undefined && (!Array.isArray(layer.names) || layer.names.length !== layer.size)) {
      throw new ArgumentError(
        op,
        `${where}.names`,
        `must hold ${layer.size} names, got ${describe(layer.names)}`,
      );
    }
    (layer.annotations ?? []).forEach((annotation, a) => {
      const values: unknown = annotation?.values;
      if (!Array.isArray(values) || values.length !== layer.size) {
        throw new ShapeError(
          op,
          `${where}.annotations[${a}].values must hold one entry per neuron (${layer.size})`,
          [[Array.isArray(values) ? values.length : 0], [layer.size]],
        );
      }
      values.forEach((value: unknown, j) => {
        const ok =
          typeof value === 'number' || (Array.isArray(value) && value.every((x) => typeof x === 'number'));
        if (!ok)
          throw new ArgumentError(
            op,
            `${where}.annotations[${a}].values[${j}]`,
            `must be a number or an array of numbers, got ${describe(value)}`,
          );
      });
    });
  });
  if (network.weights === undefined) return;
  if (!Array.isArray(network.weights) || network.weights.length !== network.layers.length - 1) {
    throw new ArgumentError(
      op,
      'network.weights',
      `must hold one matrix per pair of adjacent layers (${network.layers.length - 1})`,
    );
  }
  network.weights.forEach((matrix: unknown, l) => {
    const rows = network.layers[l + 1].size;
    const cols = network.layers[l].size;
    const shape = Array.isArray(matrix)
      ? [matrix.length, Array.isArray(matrix[0]) ? (matrix[0] as unknown[]).length : 0]
      : [0];
    const fits =
      Array.isArray(matrix) &&
      matrix.length === rows &&
      matrix.every(
        (row) => Array.isArray(row) && row.length === cols && row.every((w) => typeof w === 'number'),
      );
    if (!fits)
      throw new ShapeError(
        op,
        `network.weights[${l}] must be a [${rows}, ${cols}] matrix of numbers (rows = outputs)`,
        [shape, [rows, cols]],
      );
  });
}
