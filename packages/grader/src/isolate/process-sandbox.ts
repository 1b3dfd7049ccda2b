// The student's side of class grading: one OS process per module, under Node's permission model.
//
// The process may read its runner, its bundle (isolate/bundle.ts), the student's own folder and the node_modules
// folders of the packages the bundle imports; it may write nothing, start no worker or child process. It gets
// inputs over IPC and returns outputs only; the parent compares them with the expected values, which never enter
// the process. Calls run directly on the child's main thread (no worker threads, so no --allow-worker): a call
// past its deadline, a crash, an exit, an out-of-memory, too much output, or a change to JavaScript's built-ins
// ends the whole process (SIGKILL), and the next call starts a fresh one.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Outcome } from '../sandbox.js';
import type { Json } from '../suite.js';
import type { ChildReply, ChildRequest } from './child.js';
import { bundleModule, bundleRunner, type ModuleBundle } from './bundle.js';
import { hashString } from '../rng.js';

export interface ProcessSandboxOptions {
  /** The course whose engine (packages, node_modules) the student's code imports. */
  readonly courseRoot: string;
  /** The student's exercises folder: the only student files bundled, and readable by the process. */
  readonly studentRoot: string;
  /** A private folder for the bundles (outside the submission; it is never modified). */
  readonly workDir: string;
  /** The runner bundle (bundleRunner); bundled into workDir when absent. */
  readonly runnerFile?: string;
  /** The suite's harness modules (absolute paths), bundled with the student's module. */
  readonly harnesses?: readonly string[];
  /** --max-old-space-size of the student's process, MB (default 256); its resident memory may not pass it by more than 256 MB. */
  readonly memoryMb?: number;
  /** stdout + stderr bytes before the process is stopped (default 1 MiB). */
  readonly outputLimitBytes?: number;
  /** Deadline for loading the module, ms (default 10 s). */
  readonly loadTimeoutMs?: number;
  /** Run the student's process as this user (when the grader runs as root). */
  readonly runAs?: { readonly uid: number; readonly gid: number };
}

/** `--permission` from Node 22.13 and 23.5 on, `--experimental-permission` before; one --allow-fs-read per path. */
export function permissionFlags(
  readPaths: readonly string[],
  version: string = process.versions.node,
): string[] {
  const [major, minor] = version.split('.').map(Number);
  const stable = major >= 24 || (major === 23 && minor >= 5) || (major === 22 && minor >= 13);
  return [
    stable ? '--permission' : '--experimental-permission',
    ...readPaths.map((p) => `--allow-fs-read=${p}`),
  ];
}

const STDERR_KEPT = 16 * 1024;
const EXTRA_RSS_MB = 256;

type Raw =
  | ChildReply
  | { readonly type: 'timeout'; readonly ms: number }
  | { readonly type: 'crash'; readonly message: string };
type Loaded =
  { readonly kind: 'loaded' } | Exclude<Outcome, { kind: 'ok' | 'threw' | 'missing' | 'mutated' }>;

interface Live {
  readonly child: ChildProcess;
  readonly nonce: string;
  readonly file: string;
  stderr: string;
  output: number;
  stopReason?: string;
  exited: boolean;
  pending?: { readonly id: number; readonly resolve: (raw: Raw) => void };
}

const tamperedMessage = (what: string): string => `tampered: ${what}`;

export class ProcessSandbox {
  private live: Live | undefined;
  private nextId = 1;
  private runner: Promise<string> | undefined;
  private readonly bundles = new Map<
    string,
    Promise<ModuleBundle | { error: Extract<Outcome, { kind: 'load-error' }>['error'] }>
  >();
  /** Loading is deterministic: a module that cannot load fails every call the same way, without retrying. */
  private readonly loadFailures = new Map<string, Loaded>();
  private readonly memoryMb: number;
  private readonly outputLimit: number;
  private readonly loadTimeoutMs: number;

  constructor(private readonly o: ProcessSandboxOptions) {
    this.memoryMb = o.memoryMb ?? 256;
    this.outputLimit = o.outputLimitBytes ?? 1024 * 1024;
    this.loadTimeoutMs = o.loadTimeoutMs ?? 10_000;
    mkdirSync(o.workDir, { recursive: true });
  }

  private runnerFile(): Promise<string> {
    if (this.o.runnerFile !== undefined) return Promise.resolve(this.o.runnerFile);
    this.runner ??= (async () => {
      const file = join(this.o.workDir, 'runner.mjs');
      await bundleRunner(file);
      return file;
    })();
    return this.runner;
  }

  private bundle(file: string): ReturnType<typeof bundleModule> {
    let b = this.bundles.get(file);
    if (b === undefined) {
      b = bundleModule({
        courseRoot: this.o.courseRoot,
        studentRoot: this.o.studentRoot,
        file,
        harnesses: this.o.harnesses ?? [],
        outFile: join(this.o.workDir, `module-${hashString(file).toString(16)}.mjs`),
      });
      this.bundles.set(file, b);
    }
    return b;
  }

  private kill(live: Live, reason: string): void {
    live.stopReason ??= reason;
    if (!live.exited) live.child.kill('SIGKILL');
    if (this.live === live) this.live = undefined;
  }

  private exitMessage(live: Live, code: number | null, signal: NodeJS.Signals | null): string {
    if (live.stopReason !== undefined) return live.stopReason;
    if (/heap out of memory|Reached heap limit|Allocation failed/i.test(live.stderr))
      return `out of memory (limit ${this.memoryMb} MB)`;
    if (signal !== null) return `the process was killed (${signal})`;
    return `process.exit(${code ?? '?'})`;
  }

  private async start(file: string, bundle: ModuleBundle): Promise<{ live: Live; raw: Raw }> {
    const runner = await this.runnerFile();
    const reads = [
      ...new Set([runner, bundle.file, this.o.studentRoot, ...bundle.readDirs].map((p) => realpathSync(p))),
    ];
    const child = spawn(
      process.execPath,
      [...permissionFlags(reads), `--max-old-space-size=${this.memoryMb}`, '--no-warnings', runner],
      {
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        serialization: 'advanced',
        env: {},
        cwd: this.o.workDir,
        windowsHide: true,
        ...(this.o.runAs === undefined ? {} : { uid: this.o.runAs.uid, gid: this.o.runAs.gid }),
      },
    );
    const live: Live = {
      child,
      nonce: randomBytes(16).toString('hex'),
      file,
      stderr: '',
      output: 0,
      exited: false,
    };
    const count = (chunk: Buffer, keep: boolean): void => {
      live.output += chunk.length;
      if (keep && live.stderr.length < STDERR_KEPT)
        live.stderr += chunk.toString('utf8', 0, Math.min(chunk.length, STDERR_KEPT));
      if (live.output > this.outputLimit)
        this.kill(live, `output limit: printed more than ${this.outputLimit} bytes`);
    };
    child.stdout?.on('data', (c: Buffer) => count(c, false));
    child.stderr?.on('data', (c: Buffer) => count(c, true));
    child.on('message', (m: unknown) => {
      const reply = m as Partial<ChildReply> | null;
      // Only the runner knows the nonce; anything else on the channel (a forged "result") is ignored.
      if (reply === null || typeof reply !== 'object' || reply.nonce !== live.nonce) return;
      if (live.pending !== undefined && reply.id === live.pending.id) {
        const p = live.pending;
        live.pending = undefined;
        p.resolve(reply as ChildReply);
      }
    });
    child.on('error', (error) => {
      live.stopReason ??= `could not start the student's process: ${error.message}`;
    });
    child.on('disconnect', () => {
      // Usually the process is ending (process.exit, out of memory): let its exit say why.
      setTimeout(() => {
        if (!live.exited) this.kill(live, 'the process closed its grading channel');
      }, 250);
    });
    child.on('exit', (code, signal) => {
      live.exited = true;
      if (this.live === live) this.live = undefined;
      // stderr may still be arriving: give it a moment so that an out-of-memory message is seen.
      setTimeout(() => {
        const p = live.pending;
        live.pending = undefined;
        p?.resolve({ type: 'crash', message: this.exitMessage(live, code, signal) });
      }, 50);
    });
    this.live = live;
    const raw = await this.exchange(
      live,
      { type: 'init', nonce: live.nonce, bundle: pathToFileURL(bundle.file).href },
      0,
      this.loadTimeoutMs,
    );
    return { live, raw };
  }

  /** Sends one request and waits for its reply, the deadline, or the end of the process. */
  private exchange(live: Live, request: ChildRequest, id: number, timeoutMs: number): Promise<Raw> {
    return new Promise<Raw>((resolve) => {
      let watch: NodeJS.Timeout | undefined;
      const timer = setTimeout(() => {
        if (live.pending?.id !== id) return;
        live.pending = undefined;
        this.kill(live, `timeout after ${timeoutMs} ms`);
        finish({ type: 'timeout', ms: timeoutMs });
      }, timeoutMs);
      const finish = (raw: Raw): void => {
        clearTimeout(timer);
        if (watch !== undefined) clearInterval(watch);
        resolve(raw);
      };
      live.pending = { id, resolve: finish };
      const statm = `/proc/${live.child.pid ?? 0}/statm`;
      if (live.child.pid !== undefined && existsSync(statm)) {
        // --max-old-space-size bounds the JavaScript heap only; typed arrays and buffers are watched here.
        watch = setInterval(() => {
          try {
            const pages = Number(readFileSync(statm, 'utf8').split(' ')[1]);
            if (pages * 4096 > (this.memoryMb + EXTRA_RSS_MB) * 1024 * 1024)
              this.kill(live, `out of memory (limit ${this.memoryMb} MB)`);
          } catch {
            /* the process is gone */
          }
        }, 100);
      }
      if (live.exited || live.child.connected !== true) {
        live.pending = undefined;
        finish({ type: 'crash', message: live.stopReason ?? 'the process is not running' });
        return;
      }
      try {
        live.child.send(request);
      } catch (error) {
        live.pending = undefined;
        this.kill(
          live,
          `could not talk to the student's process: ${error instanceof Error ? error.message : String(error)}`,
        );
        finish({ type: 'crash', message: live.stopReason ?? 'send failed' });
      }
    });
  }

  /** Bundles and starts the module's process if needed: whether it loaded. */
  async load(file: string): Promise<Loaded> {
    const failed = this.loadFailures.get(file);
    if (failed !== undefined) return failed;
    if (this.live !== undefined && this.live.file === file && !this.live.exited) return { kind: 'loaded' };
    if (this.live !== undefined) this.kill(this.live, 'replaced');
    const bundle = await this.bundle(file);
    let result: Loaded;
    if ('error' in bundle) result = { kind: 'load-error', error: bundle.error };
    else {
      const { live, raw } = await this.start(file, bundle);
      if (raw.type === 'loaded') return { kind: 'loaded' };
      this.kill(live, 'failed to load');
      if (raw.type === 'load-error') result = { kind: 'load-error', error: raw.error };
      else if (raw.type === 'timeout') result = { kind: 'timeout', ms: raw.ms, phase: 'load' };
      else if (raw.type === 'crash') result = { kind: 'crash', message: raw.message };
      else if (raw.type === 'tampered') result = { kind: 'crash', message: tamperedMessage(raw.what) };
      else result = { kind: 'crash', message: `unexpected reply ${raw.type}` };
    }
    this.loadFailures.set(file, result);
    return result;
  }

  /** Calls `fn` of `file` in the student's process with `args`, under a deadline. */
  async call(
    file: string,
    fn: string,
    args: readonly Json[],
    timeoutMs: number,
    harness?: string,
  ): Promise<Outcome> {
    const loaded = await this.load(file);
    if (loaded.kind !== 'loaded') return loaded;
    const live = this.live;
    if (live === undefined) return { kind: 'crash', message: 'the process is not running' };
    const id = this.nextId++;
    const raw = await this.exchange(
      live,
      { type: 'call', id, fn, args, ...(harness === undefined ? {} : { harness }) },
      id,
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
      case 'tampered':
        // Later calls must not run in a changed environment: they get a fresh process.
        this.kill(live, tamperedMessage(raw.what));
        return { kind: 'crash', message: tamperedMessage(raw.what) };
      case 'load-error':
        return { kind: 'load-error', error: raw.error };
      default:
        return { kind: 'crash', message: `unexpected reply ${raw.type}` };
    }
  }

  async close(): Promise<void> {
    const live = this.live;
    this.live = undefined;
    if (live !== undefined && !live.exited) {
      const gone = new Promise<void>((resolve) => live.child.once('exit', () => resolve()));
      this.kill(live, 'closed');
      await gone;
    }
  }
}
