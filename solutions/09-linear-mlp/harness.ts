// Harness of 09-linear-mlp/collapsedExpression: runs inside the grading worker. It calls the module's function with
// the depth, parses the two expression strings with mathjs and evaluates them at the case's points, so that the
// grader compares numbers (equivalent formulas written differently get the same values).
import { createRequire } from 'node:module';
import type { EvalFunction } from 'mathjs';

// The number-only CommonJS build of mathjs: all the formulas need, and loaded by require() it skips the worker's
// TypeScript import hooks (about three times faster than import()).
const { compile } = createRequire(import.meta.url)('mathjs/number') as {
  compile: (expression: string) => EvalFunction;
};

type Scope = Record<string, number>;

function evaluateAll(what: string, expression: unknown, points: Scope[]): number[] {
  if (typeof expression !== 'string')
    throw new TypeError(`${what} must be a string, got ${typeof expression}`);
  const code = compile(expression);
  return points.map((point) => {
    const value: unknown = code.evaluate({ ...point });
    if (typeof value !== 'number')
      throw new TypeError(`${what} = "${expression}" does not evaluate to a real number`);
    return value;
  });
}

export default function harness(mod: Record<string, unknown>, fn: string, args: unknown[]): unknown {
  const [depth, points] = args as [number, Scope[]];
  const f = mod[fn];
  if (typeof f !== 'function') throw new TypeError(`${fn} is not exported as a function`);
  const formula = (f as (depth: number) => unknown)(depth);
  if (typeof formula !== 'object' || formula === null)
    throw new TypeError(`${fn} must return { slope, intercept }`);
  const { slope, intercept } = formula as { slope?: unknown; intercept?: unknown };
  return {
    slope: evaluateAll('slope', slope, points),
    intercept: evaluateAll('intercept', intercept, points),
  };
}
