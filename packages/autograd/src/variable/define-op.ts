import { ShapeError, Tensor, formatShape, sameShape, sumTo } from '@bp/tensor';
import { AnomalyError, isAnomalyModeEnabled, type AnomalyDirection } from '../anomaly.js';
import { isGradEnabled } from './grad-mode.js';
import { Variable, type VariableLike } from './variable.js';

/** What an op's backward sees: its inputs' and output's values and the op's parameters. */
export interface OpContext<P> {
  readonly inputs: readonly Tensor[];
  readonly output: Tensor;
  readonly params: P;
}

/**
 * An op in one place: how to compute the output, and how to turn ∂L/∂output into ∂L/∂input
 * for each input. A gradient may be returned in the broadcast (output) shape: it is summed back
 * to the input's shape automatically.
 */
export interface OpDefinition<P> {
  readonly name: string;
  forward(inputs: readonly Tensor[], params: P): Tensor;
  backward(gradOutput: Tensor, ctx: OpContext<P>): readonly (Tensor | null)[];
}

export interface Op<P> {
  readonly name: string;
  /** Runs the forward and, if any input requires a gradient, records the op in the graph. */
  apply(inputs: readonly VariableLike[], params: P): Variable;
}

/** The one way ops are made: every built-in op of the tensor engine is defined through it. */
export function defineOp<P = undefined>(definition: OpDefinition<P>): Op<P> {
  const { name } = definition;
  return {
    name,
    apply(inputs, params) {
      const vars = inputs.map(asVariable);
      const values = vars.map((v) => v.data);
      const output = definition.forward(values, params);
      if (isAnomalyModeEnabled()) checkFinite(name, 'forward', output, values);
      const tracked = isGradEnabled() && vars.some((v) => v.requiresGrad);
      if (!tracked) return new Variable(output);
      return new Variable(
        output,
        { requiresGrad: true },
        {
          op: name,
          inputs: vars,
          backward: (gradOutput) => {
            const grads = definition.backward(gradOutput, { inputs: values, output, params });
            if (grads.length !== vars.length) {
              throw new TypeError(
                `backward of '${name}' returned ${grads.length} gradients for ${vars.length} inputs`,
              );
            }
            return grads.map((g, k) => {
              if (g === null || !vars[k].requiresGrad) return null;
              const fitted = fitToInput(name, k, g, values[k]);
              if (isAnomalyModeEnabled()) checkFinite(name, 'backward', fitted, values, gradOutput);
              return fitted;
            });
          },
        },
      );
    },
  };
}

function asVariable(x: VariableLike): Variable {
  if (x instanceof Variable) return x;
  if (x instanceof Tensor) return new Variable(x);
  if (typeof x === 'number') return new Variable(x);
  throw new TypeError(`expected a Variable, a Tensor or a number, got ${typeof x}`);
}

/** A gradient in the broadcast shape is summed back to the input's shape (the rule for broadcasting). */
function fitToInput(op: string, k: number, g: Tensor, input: Tensor): Tensor {
  if (sameShape(g.shape, input.shape)) return g;
  try {
    return sumTo(g, input.shape);
  } catch {
    throw new ShapeError(
      op,
      `backward returned a gradient of shape ${formatShape(g.shape)} for input ${k} of shape ${formatShape(input.shape)}`,
      [g.shape, input.shape],
    );
  }
}

function checkFinite(
  op: string,
  direction: AnomalyDirection,
  t: Tensor,
  inputs: readonly Tensor[],
  upstream?: Tensor,
): void {
  for (const x of t.data) {
    if (!Number.isFinite(x)) {
      const describe = (u: Tensor): string =>
        u.size === 1 ? String(u.data[0]) : `tensor of shape ${formatShape(u.shape)}`;
      throw new AnomalyError({
        op,
        direction,
        inputs: inputs.map(describe),
        produced: x,
        upstream: upstream && upstream.size === 1 ? upstream.data[0] : undefined,
      });
    }
  }
}
