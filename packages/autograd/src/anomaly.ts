// Anomaly mode: one process-wide switch shared by the scalar Value and the tensor Variable engines.
// When it is on, the first NaN or ±Infinity an op produces (forward or backward) throws at the op that made it,
// instead of surfacing many steps later as a NaN loss.

export type AnomalyDirection = 'forward' | 'backward';

export interface AnomalyDetails {
  /** Name of the op that produced the value. */
  readonly op: string;
  readonly direction: AnomalyDirection;
  /** The op's inputs (numbers, or short descriptions such as a tensor's shape). */
  readonly inputs: readonly (number | string)[];
  /** The offending value. */
  readonly produced: number;
  /** The gradient flowing into the op, for a backward anomaly. */
  readonly upstream?: number;
}

export class AnomalyError extends Error {
  readonly op: string;
  readonly direction: AnomalyDirection;
  readonly inputs: readonly (number | string)[];
  readonly produced: number;

  constructor(details: AnomalyDetails) {
    const upstream = details.upstream === undefined ? '' : ` and upstream gradient ${details.upstream}`;
    super(
      `${details.direction} of '${details.op}' produced ${details.produced} ` +
        `from inputs (${details.inputs.join(', ')})${upstream}`,
    );
    this.name = 'AnomalyError';
    this.op = details.op;
    this.direction = details.direction;
    this.inputs = details.inputs;
    this.produced = details.produced;
  }
}

let enabled = false;

export function setAnomalyMode(on: boolean): void {
  enabled = on;
}

/** Ops call this on every forward and backward, so it stays a single boolean read. */
export function isAnomalyModeEnabled(): boolean {
  return enabled;
}

/** Runs `fn` with anomaly mode on, then restores the previous setting (so calls can nest). */
export function detectAnomaly<T>(fn: () => T): T {
  const previous = enabled;
  enabled = true;
  try {
    return fn();
  } finally {
    enabled = previous;
  }
}
