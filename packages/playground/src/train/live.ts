// Training while the page stays responsive: each animation frame runs as many steps as fit in a small time
// budget, then lets the page redraw. Pausing simply stops requesting frames.

/** Milliseconds of training per frame, leaving the rest of the ~16 ms frame to drawing and input. */
const FRAME_BUDGET_MS = 10;

export interface LiveLoopHooks {
  /** Runs one training step. */
  readonly step: () => void;
  /** Whether training should go on (false stops the loop, e.g. at a step limit). */
  readonly canContinue: () => boolean;
  /** Called after each frame's steps, and once more after the loop stops by itself. */
  readonly afterFrame: () => void;
}

export class LiveLoop {
  private running = false;
  private frameRequest = 0;

  constructor(private readonly hooks: LiveLoopHooks) {}

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running || !this.hooks.canContinue()) return;
    this.running = true;
    this.frameRequest = requestAnimationFrame(this.frame);
  }

  pause(): void {
    this.running = false;
    cancelAnimationFrame(this.frameRequest);
  }

  private readonly frame = (): void => {
    if (!this.running) return;
    const end = performance.now() + FRAME_BUDGET_MS;
    while (this.hooks.canContinue() && performance.now() < end) this.hooks.step();
    if (!this.hooks.canContinue()) this.running = false;
    this.hooks.afterFrame();
    if (this.running) this.frameRequest = requestAnimationFrame(this.frame);
  };
}
