// @bp/autograd/symbolic: the scalar graph as a mathjs expression, differentiated symbolically and compared
// with the automatic and the numeric derivative. A separate entry point so that importing the engine does
// not load mathjs (it is large, and most programs never need it).
export { toExpression, symbolicGradient } from './scalar/symbolic.js';
export type { ScalarExpression } from './scalar/symbolic.js';
export {
  centralDifference,
  compareDerivatives,
  formatDerivativeTable,
  StaleGraphError,
} from './scalar/compare.js';
export type { DerivativeRow } from './scalar/compare.js';
