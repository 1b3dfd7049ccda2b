// Whether ops record the graph. `noGrad` turns recording off for evaluation and optimizer updates.
let recording = true;

export function isGradEnabled(): boolean {
  return recording;
}

/** Runs `fn` without recording any graph (PyTorch's `torch.no_grad()`); restores the previous mode after. */
export function noGrad<T>(fn: () => T): T {
  const previous = recording;
  recording = false;
  try {
    return fn();
  } finally {
    recording = previous;
  }
}
