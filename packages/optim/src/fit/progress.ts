/** Where progress goes: `process.stderr` by default; tests pass an object that records the writes. */
export interface ProgressStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface ProgressState {
  epoch: number;
  epochs: number;
  batch: number;
  batches: number;
  loss: number;
  valLoss?: number;
}

/** Whether to draw: forced by a boolean, else only on a terminal outside CI. */
export function progressEnabled(setting: 'auto' | boolean, stream: ProgressStream | undefined): boolean {
  if (stream === undefined) return false;
  if (typeof setting === 'boolean') return setting;
  const ci = typeof process !== 'undefined' && Boolean(process.env.CI);
  return stream.isTTY === true && !ci;
}

export function defaultProgressStream(): ProgressStream | undefined {
  return typeof process !== 'undefined' ? process.stderr : undefined;
}

/**
 * One line, rewritten in place with `\r`, at most every `throttleMs` milliseconds, and a final line from
 * `finish`. ETA is the mean time per batch so far times the batches left under the epoch limit.
 */
export class ProgressBar {
  private readonly start: number;
  private lastDraw = -Infinity;
  private lastWidth = 0;
  private done = 0;

  constructor(
    private readonly stream: ProgressStream,
    private readonly totalBatches: number,
    private readonly clock: () => number,
    private readonly throttleMs = 100,
  ) {
    this.start = clock();
  }

  update(state: ProgressState): void {
    this.done++;
    const now = this.clock();
    // Time alone decides, so thousands of fast one-batch epochs do not mean thousands of writes.
    if (now - this.lastDraw < this.throttleMs) return;
    this.lastDraw = now;
    const perBatch = (now - this.start) / this.done;
    const eta = perBatch * Math.max(0, this.totalBatches - this.done);
    this.draw(`${describe(state)} ETA ${formatDuration(eta)}`);
  }

  /**
   * Draws the final state and ends the line. A `summary` (e.g. a chart of the loss) is printed above that final
   * line, in the same write: the live line is blanked first so the summary does not start after it.
   */
  finish(state: ProgressState, note: string, summary?: string): void {
    const elapsed = this.clock() - this.start;
    const text = `${describe(state)} ${note} in ${formatDuration(elapsed)}`;
    if (summary === undefined) this.draw(text);
    else {
      const line = this.fit(text);
      this.stream.write(`\r${' '.repeat(this.lastWidth)}\r${summary}\n${line}`);
      this.lastWidth = line.length;
    }
    this.stream.write('\n');
  }

  private fit(text: string): string {
    const max = Math.max(20, (this.stream.columns ?? 100) - 1);
    return text.length > max ? text.slice(0, max) : text;
  }

  private draw(text: string): void {
    const line = this.fit(text);
    // Pad over the remains of a longer previous line.
    this.stream.write(`\r${line}${' '.repeat(Math.max(0, this.lastWidth - line.length))}`);
    this.lastWidth = line.length;
  }
}

function describe(s: ProgressState): string {
  const width = 20;
  const filled = Math.round((s.batch / s.batches) * width);
  const bar = `[${'='.repeat(filled)}${' '.repeat(width - filled)}]`;
  const val = s.valLoss === undefined ? '' : ` val_loss ${formatNumber(s.valLoss)}`;
  return `epoch ${s.epoch}/${s.epochs} ${bar} batch ${s.batch}/${s.batches} loss ${formatNumber(s.loss)}${val}`;
}

function formatNumber(x: number): string {
  return Math.abs(x) >= 1e-3 || x === 0 ? x.toFixed(4) : x.toExponential(2);
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
