/** Base class of every error @bp/tensor throws on bad input. */
export class TensorError extends Error {
  constructor(
    message: string,
    /** The op that rejected its input, e.g. `'matmul'`. */
    readonly op: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Shapes that do not fit the op: a broadcast mismatch, a matmul inner dimension, a ragged array, a bad reshape. */
export class ShapeError extends TensorError {
  constructor(
    op: string,
    detail: string,
    /** The shapes involved, in argument order. */
    readonly shapes: readonly (readonly number[])[] = [],
  ) {
    const listed = shapes.length > 0 ? ` (shapes ${shapes.map(formatShape).join(' and ')})` : '';
    super(`${op}: ${detail}${listed}`, op);
  }
}

/** An axis outside `[-ndim, ndim)`. */
export class AxisError extends TensorError {
  constructor(
    op: string,
    readonly axis: number,
    readonly shape: readonly number[],
  ) {
    super(
      `${op}: axis ${axis} is out of range for a tensor of shape ${formatShape(shape)} (ndim ${shape.length}; valid axes are ${-shape.length}..${shape.length - 1})`,
      op,
    );
  }
}

/** An argument that is not a valid value: a non-finite or negative dimension, a non-numeric entry, an empty list. */
export class ArgumentError extends TensorError {
  constructor(op: string, argument: string, detail: string) {
    super(`${op}: argument '${argument}' ${detail}`, op);
  }
}

export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}
