// A one-line progress bar with an estimate of the time left, on a TTY only (stderr).

export interface Progress {
  /** `done` of `total` finished; `fresh` of them graded in this run (the estimate uses those only). */
  update(done: number, fresh: number): void;
  finish(): void;
}

const clock = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The bar's text: `[######----] 6/10 · 0:12 · ~0:08 left`. */
export function progressLine(
  done: number,
  total: number,
  fresh: number,
  elapsedMs: number,
  width = 24,
): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const left = total - done;
  const eta = fresh > 0 && left > 0 ? ` · ~${clock((elapsedMs / fresh) * left)} left` : '';
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} · ${clock(elapsedMs)}${eta}`;
}

export function createProgress(
  total: number,
  stream: NodeJS.WriteStream | { isTTY?: boolean; write(s: string): boolean } = process.stderr,
): Progress {
  if (stream.isTTY !== true) return { update: () => undefined, finish: () => undefined };
  const t0 = performance.now();
  return {
    update: (done, fresh) => {
      stream.write(`\r\x1b[2K${progressLine(done, total, fresh, performance.now() - t0)}`);
    },
    finish: () => {
      stream.write('\r\x1b[2K');
    },
  };
}
