// @bp/viz: pictures of backprop as standalone SVG strings (no DOM needed, so they work in Node and browsers):
// computation graphs laid out by Graphviz (WebAssembly), layered network diagrams, training curves and
// decision boundaries.
export {
  graphToSvg,
  type GraphToSvgOptions,
  type GraphDirection,
  type GraphField,
} from './graph/graph-to-svg.js';
export { networkToSvg, type NetworkToSvgOptions } from './network/network-to-svg.js';
export type { NetworkDiagram, NetworkLayer, NeuronAnnotation } from './network/diagram.js';
export { lossCurveSvg, type LossCurveOptions, type LossCurveLabels } from './plot/loss-curve.js';
export type { TrainingHistory } from './plot/history.js';
export type { ScaleKind } from './plot/scale.js';
export { decisionBoundarySvg, type DecisionBoundaryOptions } from './boundary/decision-boundary.js';
export type { Predictor, PointPredictor, BatchPredictor } from './boundary/grid.js';
export type { Points2D, Labels } from './boundary/inputs.js';
export { ArgumentError, ShapeError, GraphvizError } from './errors.js';
