export { Variable, variable, type VariableLike, type VariableOptions, type GradFn } from './variable.js';
export { defineOp, type Op, type OpDefinition, type OpContext } from './define-op.js';
export { noGrad, isGradEnabled } from './grad-mode.js';
export { topologicalOrder as variableTopologicalOrder } from './backward.js';
export { add, sub, mul, div, neg, pow } from './ops/arithmetic.js';
export { exp, log, sqrt, abs } from './ops/elementary.js';
export { tanh, sigmoid, relu, softplus } from './ops/activations.js';
export { matmul, transpose, reshape } from './ops/linalg.js';
export { sum, mean, max } from './ops/reduce.js';
export { grad, valueAndGrad } from './functional.js';
export {
  gradcheck,
  type GradcheckOptions,
  type GradcheckReport,
  type GradcheckMismatch,
} from './gradcheck.js';
export { variableToDot } from './export.js';
