export { halfMSE, mse, ssr, halfSSE } from './squared.js';
export { bce, bceWithLogits } from './bce.js';
export { crossEntropy } from './cross-entropy.js';
export {
  squaredScale,
  squaredLossValue,
  squaredLossGrad,
  bceValue,
  bceGrad,
  outputLossValue,
  outputLossGrad,
  type SquaredLossName,
  type OutputLossName,
} from './definitions.js';
