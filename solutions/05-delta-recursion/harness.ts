// Runs inside the grading worker. For `backprop`, turns { activations, deltas, grads } into one object keyed by
// layer, in the order the algorithm computes them: a(0)…a(L), δ(L)…δ(1), ∂J/∂θ(L)…∂J/∂θ(1). Feedback then names the
// first quantity that diverges, e.g. "δ(1)". Other tasks pass through unchanged.
export default function harness(mod: Record<string, unknown>, fn: string, args: unknown[]): unknown {
  const f = mod[fn];
  if (typeof f !== 'function') throw new TypeError(`${fn} is not exported / não foi exportada`);
  const out: unknown = (f as (...a: unknown[]) => unknown)(...args);
  if (fn !== 'backprop' || out === null || typeof out !== 'object' || Array.isArray(out)) return out;
  const { activations, deltas, grads } = out as Record<string, unknown>;
  const flat: Record<string, unknown> = {};
  if (Array.isArray(activations)) activations.forEach((a: unknown, l) => (flat[`a(${l})`] = a));
  if (Array.isArray(deltas))
    for (let l = deltas.length; l >= 1; l--) flat[`δ(${l})`] = deltas[l - 1] as unknown;
  if (Array.isArray(grads))
    for (let l = grads.length; l >= 1; l--) flat[`∂J/∂θ(${l})`] = grads[l - 1] as unknown;
  return flat;
}
