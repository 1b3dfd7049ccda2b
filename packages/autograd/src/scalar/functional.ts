// The built-in ops as plain functions, made with the same public defineScalarOp a student would use.
import * as activations from './ops/activations.js';
import * as arithmetic from './ops/arithmetic.js';
import * as elementary from './ops/elementary.js';
import { asValue, defineScalarOp, type Value, type ValueLike } from './value.js';

/** Scalar ops as functions: `scalarOps.mul(2, x)` works where `x.mul(2)` cannot put the number first. */
export const scalarOps = {
  add: defineScalarOp(arithmetic.add),
  sub: defineScalarOp(arithmetic.sub),
  mul: defineScalarOp(arithmetic.mul),
  div: defineScalarOp(arithmetic.div),
  neg: defineScalarOp(arithmetic.neg),
  /** Same rules as Value.pow: a number exponent gets no gradient. */
  pow: (base: ValueLike, exponent: ValueLike): Value => asValue(base).pow(exponent),
  exp: defineScalarOp(elementary.exp),
  log: defineScalarOp(elementary.log),
  tanh: defineScalarOp(activations.tanh),
  sigmoid: defineScalarOp(activations.sigmoid),
  relu: defineScalarOp(activations.relu),
  softplus: defineScalarOp(activations.softplus),
} as const;
