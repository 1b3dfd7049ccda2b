// Bad input is reported with @bp/tensor's typed errors (the message names the function and the argument);
// a failure inside Graphviz itself, which no argument check can rule out, has its own type.
export { ArgumentError, ShapeError } from '@bp/tensor';

/** Graphviz could not lay out or render the graph @bp/viz built (a bug here, not bad input). */
export class GraphvizError extends Error {
  constructor(
    /** The @bp/viz function that called Graphviz, e.g. `'graphToSvg'`. */
    readonly op: string,
    detail: string,
  ) {
    super(`${op}: Graphviz failed: ${detail}`);
    this.name = 'GraphvizError';
  }
}
