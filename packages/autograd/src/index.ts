// @bp/autograd: reverse-mode automatic differentiation in two sizes.
// - Value: one number per node, for hand-sized graphs you can draw (the course's chain-rule examples).
// - Variable: one tensor per node, for networks.
export * from './scalar/index.js';
export * from './variable/index.js';
