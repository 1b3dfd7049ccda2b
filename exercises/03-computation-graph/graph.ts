/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** One training example (x, y) and the four parameters of the network. */
export interface Params {
  x: number;
  y: number;
  w1: number;
  b1: number;
  w2: number;
  b2: number;
}

/** The parameters nudgeCheck may nudge. */
export type ParamName = 'w1' | 'b1' | 'w2' | 'b2';

/** The value of every node of the graph, in the order they are computed. */
export interface Nodes {
  t1: number;
  z1: number;
  a1: number;
  t2: number;
  z2: number;
  a2: number;
  J: number;
}

/** dJ/d(every node and parameter), in the order the backward pass computes them. */
export interface Derivatives {
  dJ_da2: number;
  dJ_dz2: number;
  dJ_db2: number;
  dJ_dt2: number;
  dJ_dw2: number;
  dJ_da1: number;
  dJ_dz1: number;
  dJ_db1: number;
  dJ_dt1: number;
  dJ_dw1: number;
}

export interface NudgeCheck {
  /** J with the given parameters. */
  before: number;
  /** J with parameter `name` increased by h (the others unchanged). */
  after: number;
  /** (after − before) / h. */
  estimate: number;
}

export interface Cost {
  /** Steps to get every derivative by nudging one parameter at a time. */
  nudging: number;
  /** Steps to get every derivative by backprop. */
  backprop: number;
}

/** The forward pass: t1 = w1·x, z1 = t1 + b1, a1 = g(z1), t2 = w2·a1, z2 = t2 + b2, a2 = g(z2), J = ½(a2 − y)². */
export function forwardNodes(params: Params): Nodes {
  throw new NotImplementedError('forwardNodes');
}

/** The backward pass: the derivative of J with respect to every node and parameter, from J back to w1. */
export function backwardNodes(params: Params): Derivatives {
  throw new NotImplementedError('backwardNodes');
}

/** Estimates dJ/d(name) by increasing that parameter by h and running the forward pass again. */
export function nudgeCheck(params: Params, name: ParamName, h: number): NudgeCheck {
  throw new NotImplementedError('nudgeCheck');
}

/** The course's cost argument for a graph with `nodes` nodes and `params` parameters. */
export function costOfDerivatives(nodes: number, params: number): Cost {
  throw new NotImplementedError('costOfDerivatives');
}
