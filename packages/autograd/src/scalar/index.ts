// Public API of the scalar half of @bp/autograd.
export { Value, defineScalarOp } from './value.js';
export type { ScalarOpSpec, ValueLike, ValueOptions, OpOrigin } from './value.js';
export { scalarOps } from './functional.js';
export { topologicalOrder, leavesOf, zeroGraphGrads, evaluateGraph, formatNumber } from './graph.js';
export { toDot, toMermaid, graphToJSON } from './export.js';
export type { ValueGraphJSON, ValueNodeJSON } from './export.js';
export { AnomalyError, setAnomalyMode, isAnomalyModeEnabled, detectAnomaly } from '../anomaly.js';
export type { AnomalyDetails, AnomalyDirection } from '../anomaly.js';
