// Public API of the scalar half of @bp/autograd.
export { Value, defineScalarOp } from './value.js';
export type { ScalarOpSpec, ValueLike, ValueOptions, OpOrigin } from './value.js';
export { scalarOps } from './functional.js';
export { topologicalOrder, leavesOf, zeroGraphGrads, evaluateGraph, formatNumber } from './graph.js';
export { toDot, toMermaid, graphToJSON } from './export.js';
export type { ValueGraphJSON, ValueNodeJSON } from './export.js';
export { toExpression, symbolicGradient } from './symbolic.js';
export type { ScalarExpression } from './symbolic.js';
export { centralDifference, compareDerivatives, formatDerivativeTable, StaleGraphError } from './compare.js';
export type { DerivativeRow } from './compare.js';
export { AnomalyError, setAnomalyMode, isAnomalyModeEnabled, detectAnomaly } from '../anomaly.js';
export type { AnomalyDetails, AnomalyDirection } from '../anomaly.js';
