// The trusted side of isolation: one worker thread at a time, per-call deadlines, a fresh worker after trouble.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Json } from './suite.js';
import type { LoadedSuite, Plain, Reply, Request, ThrownInfo } from './protocol.js';

export interface SandboxOptions {
  /** Old-generation heap of the worker, MB (default 512). */
  readonly memoryMb?: number;
  /** Deadline for importing a module, ms (default 10 s; covers the first TypeScript transform). */
  readonly loadTimeoutMs?: number;
}

/** What one call gave, seen from the trusted process. */
export type Outcome =
  | { readonly kind: 'ok'; readonly value: Plain }
  | { readonly kind: 'threw'; readonly error: ThrownInfo }
  | { readonly kind: 'missing'; readonly exports: readonly string[] }
  | { readonly kind: 'mutated'; readonly argument: number; readonly path: string }
  | { readonly kind: 'timeout'; readonly ms: number; readonly phase: 'load' | 'call' }
  | { readonly kind: 'crash'; readonly message: string }
  | { readonly kind: 'load-error'; readonly error: ThrownInfo };

export type LoadResult =
  | Extract<Reply, { type: 'loaded' } | { type: 'load-error' }>
  | Extract<Outcome, { kind: 'timeout' | 'crash' }>;

const here = import.meta.url;
const sourceMode = here.endsWith('.ts');
const entry = fileURLToPath(new URL(sourceMode ? './worker/main.ts' : './worker/main.js', here));

function tsxApiUrl(): string {
  const cjs = createRequire(here).resolve('tsx/esm/api');
  const mjs = cjs.replace(/\.cjs$/, '.mjs');
  return pathToFileURL(existsSync(mjs) ? mjs : cjs).href;
}

// Evaluated as the worker's script: registers tsx's ESM hooks in this thread, then runs the worker's main module.
const bootstrap = (tsx: string, main: string): string => `
import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(main)}); })
  .catch((error) => { require('node:worker_threads').parentPort.postMessage({ type: 'boot-error', message: String(error && error.stack || error) }); });
`;

const BOOT_TIMEOUT_MS = 30_000;

type Raw =
  | Reply
  | { readonly type: 'timeout'; readonly ms: number }
  | { readonly type: 'crash'; readonly message: string };

/**
 * A worker thread that loads TypeScript modules through tsx with the `source` export condition (so `@bp/*`
 * imports resolve to the packages' sources, no build needed), and runs one request at a time.
 * A timeout or a crash terminates the worker (`terminate()` stops even a synchronous infinite loop);
 * the next request starts a fresh one.
 */
export class Sandbox {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private pending: ((raw: Raw) => void) | undefined;
  private readonly loaded = new Map<string, LoadResult>();
  private readonly memoryMb: number;
  private readonly loadTimeoutMs: number;

  constructor(options: SandboxOptions = {}) {
    this.memoryMb = options.memoryMb ?? 512;
    this.loadTimeoutMs = options.loadTimeoutMs ?? 10_000;
  }

  private start(): Promise<void> {
    if (this.ready !== undefined) return this.ready;
    const worker = new Worker(bootstrap(tsxApiUrl(), pathToFileURL(entry).href), {
      eval: true,
      execArgv: ['--conditions=source'],
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
      stdout: true, // a student's console.log must not interleave with the report
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const bootTimer = setTimeout(() => {
        this.discard(worker);
        void worker.terminate();
        reject(new Error(`grading worker did not start within ${BOOT_TIMEOUT_MS} ms`));
      }, BOOT_TIMEOUT_MS);
      worker.on('message', (msg: Reply | { type: 'ready' } | { type: 'boot-error'; message: string }) => {
        if (msg.type === 'ready') {
          clearTimeout(bootTimer);
          resolve();
        } else if (msg.type === 'boot-error') {
          this.discard(worker);
          void worker.terminate();
          reject(new Error(`grading worker failed to start: ${msg.message}`));
        } else if (this.worker === worker) this.resolvePending(msg);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (this.worker !== worker) return; // a worker we already gave up on
        const message =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `out of memory (limit ${this.memoryMb} MB)`
            : `${error.name}: ${error.message}`;
        this.discard(worker);
        reject(new Error(message));
        this.resolvePending({ type: 'crash', message });
      });
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        this.discard(worker);
        reject(new Error(`grading worker exited with code ${code} while starting`));
        this.resolvePending({ type: 'crash', message: `process.exit(${code})` });
      });
    });
    return this.ready;
  }

  private discard(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.ready = undefined;
    this.loaded.clear();
  }

  private resolvePending(raw: Raw): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.(raw);
  }

  private async request(req: Request, timeoutMs: number): Promise<Raw> {
    try {
      await this.start();
    } catch (error) {
      return { type: 'crash', message: error instanceof Error ? error.message : String(error) };
    }
    const worker = this.worker;
    if (worker === undefined) return { type: 'crash', message: 'grading worker stopped' };
    return new Promise<Raw>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.discard(worker);
        void worker.terminate();
        resolve({ type: 'timeout', ms: timeoutMs });
      }, timeoutMs);
      this.pending = (raw) => {
        clearTimeout(timer);
        resolve(raw);
      };
      worker.postMessage(req);
    });
  }

  /** Generates a suite's cases for a seed (trusted code, in the worker so that TypeScript loads the same way). */
  async suite(file: string, seed: number, defaultTimeoutMs: number): Promise<LoadedSuite> {
    const raw = await this.request({ type: 'suite', file, seed, defaultTimeoutMs }, this.loadTimeoutMs * 3);
    if (raw.type === 'suite') return raw.suite;
    if (raw.type === 'load-error') throw new Error(`${file}: ${raw.error.name}: ${raw.error.message}`);
    if (raw.type === 'timeout') throw new Error(`${file}: loading the suite took more than ${raw.ms} ms`);
    if (raw.type === 'crash') throw new Error(`${file}: ${raw.message}`);
    throw new Error(`${file}: unexpected reply ${raw.type}`);
  }

  /** Imports a module (once per worker): its export names, or why it cannot be loaded. */
  async load(file: string): Promise<LoadResult> {
    const cached = this.loaded.get(file);
    if (cached !== undefined) return cached;
    const raw = await this.request({ type: 'load', file }, this.loadTimeoutMs);
    let result: LoadResult;
    if (raw.type === 'loaded' || raw.type === 'load-error') result = raw;
    else if (raw.type === 'timeout') result = { kind: 'timeout', ms: raw.ms, phase: 'load' };
    else if (raw.type === 'crash') result = { kind: 'crash', message: raw.message };
    else result = { kind: 'crash', message: `unexpected reply ${raw.type}` };
    if (this.worker !== undefined && !('kind' in result)) this.loaded.set(file, result);
    return result;
  }

  /** Calls `fn` of `file` with a copy of `args` under a deadline. */
  async call(
    file: string,
    fn: string,
    args: readonly Json[],
    timeoutMs: number,
    harness?: string,
  ): Promise<Outcome> {
    const loaded = await this.load(file);
    if ('kind' in loaded) return loaded;
    if (loaded.type === 'load-error') return { kind: 'load-error', error: loaded.error };
    if (harness !== undefined) {
      const h = await this.load(harness);
      if ('kind' in h)
        return h.kind === 'timeout'
          ? { kind: 'crash', message: `harness ${harness} timed out while loading` }
          : h;
      if (h.type === 'load-error')
        return { kind: 'crash', message: `harness ${harness}: ${h.error.message}` };
    }
    const raw = await this.request(
      { type: 'call', file, fn, args, ...(harness === undefined ? {} : { harness }) },
      timeoutMs,
    );
    switch (raw.type) {
      case 'ok':
        return { kind: 'ok', value: raw.value };
      case 'threw':
        return { kind: 'threw', error: raw.error };
      case 'missing':
        return { kind: 'missing', exports: raw.exports };
      case 'mutated':
        return { kind: 'mutated', argument: raw.argument, path: raw.path };
      case 'timeout':
        return { kind: 'timeout', ms: raw.ms, phase: 'call' };
      case 'crash':
        return { kind: 'crash', message: raw.message };
      case 'load-error':
        return { kind: 'load-error', error: raw.error };
      default:
        return { kind: 'crash', message: `unexpected reply ${raw.type}` };
    }
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    this.loaded.clear();
    if (worker !== undefined) {
      worker.removeAllListeners('exit');
      worker.removeAllListeners('error');
      await worker.terminate();
    }
  }
}

/** Runs `jobs` with at most `limit` at a time, results in order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  job: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i], i);
    }
  });
  await Promise.all(lanes);
  return results;
}
