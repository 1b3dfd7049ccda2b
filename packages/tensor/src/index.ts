export { Tensor, type TensorLike, type NestedArray } from './tensor.js';
export { TensorError, ShapeError, AxisError, ArgumentError, formatShape } from './errors.js';
export { broadcastShapes, sameShape, sizeOf, stridesOf, normalizeAxis, type Shape } from './shape.js';
export {
  tensor,
  fromData,
  full,
  zeros,
  ones,
  eye,
  arange,
  linspace,
  rand,
  randn,
  type RandomOptions,
} from './create.js';
export { Rng } from './random.js';
export {
  zipWith,
  map,
  broadcastStrides,
  add,
  sub,
  mul,
  div,
  pow,
  maximum,
  minimum,
  gt,
  eq,
  neg,
  exp,
  log,
  sqrt,
  abs,
  sign,
  tanh,
  relu,
  sigmoid,
  softplus,
  sigmoidScalar,
  softplusScalar,
} from './elementwise.js';
export { matmul, matmulTransposed, gemm, type GemmOptions } from './matmul.js';
export {
  setMatmulBackend,
  getMatmulBackend,
  wasmMatmulAvailable,
  type MatmulBackend,
} from './matmul-backend.js';
export { reshape, transpose, broadcastTo, sumTo, take, concat } from './layout.js';
export { sum, mean, max, min, argmax, type ReduceOptions } from './reduce.js';
export { allClose, type CloseOptions } from './compare.js';
export { formatTensor } from './format.js';
export { log as portableLog, sin as portableSin, cos as portableCos } from './portable-math.js';
