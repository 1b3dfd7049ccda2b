// Runs inside a grading worker (tsx registered by the bootstrap): loads suites and modules, calls functions.
import { parentPort } from 'node:worker_threads';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Json, SuiteSpec, TaskSpec } from '../suite.js';
import { DEFAULT_COMPARE, DEFAULT_SEEDED_COUNT } from '../suite.js';
import type { LoadedSuite, Reply, Request, ThrownInfo } from '../protocol.js';
import { firstDifference, toPlain } from '../plain.js';
import { taskRng } from '../rng.js';

type Module = Record<string, unknown>;

const port = parentPort;
if (port === null) throw new Error('worker/main must run in a worker thread');

const importFile = (file: string): Promise<Module> => import(pathToFileURL(file).href) as Promise<Module>;

function describeThrown(error: unknown): ThrownInfo {
  if (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'NotImplementedError'
  ) {
    const fn = (error as { fn?: unknown }).fn;
    return {
      notImplemented: typeof fn === 'string' ? fn : '',
      isError: true,
      name: 'NotImplementedError',
      message: String((error as { message?: unknown }).message),
    };
  }
  if (error instanceof Error) return { isError: true, name: error.name, message: error.message };
  let text: string;
  try {
    text = typeof error === 'string' ? JSON.stringify(error) : String(error);
  } catch {
    text = Object.prototype.toString.call(error);
  }
  return { isError: false, name: typeof error, message: text.slice(0, 300) };
}

async function loadSuite(file: string, seed: number, defaultTimeoutMs: number): Promise<LoadedSuite> {
  const mod = await importFile(file);
  const spec = mod.default as SuiteSpec | undefined;
  if (spec === undefined || typeof spec !== 'object' || !Array.isArray(spec.tasks)) {
    throw new TypeError(`${file}: the default export must be defineSuite({...})`);
  }
  const count = spec.seededCount ?? DEFAULT_SEEDED_COUNT;
  const tasks: readonly TaskSpec[] = spec.tasks;
  return {
    id: spec.id,
    title: spec.title,
    module: spec.module,
    tasks: tasks.map((t) => ({
      fn: t.fn,
      points: t.points,
      title: t.title,
      compare: { ...DEFAULT_COMPARE, ...spec.compare, ...t.compare },
      ...(t.keys === undefined ? {} : { keys: [...t.keys] }),
      ...(t.harness === undefined ? {} : { harness: resolve(dirname(file), t.harness) }),
      timeoutMs: t.timeoutMs ?? spec.timeoutMs ?? defaultTimeoutMs,
      // structuredClone checks now, in the trusted process, that the args can cross to a worker.
      cases: t
        .cases(taskRng(seed, spec.id, t.fn), count)
        .map((c) => ({ name: c.name, args: structuredClone(c.args) })),
    })),
  };
}

async function call(req: Extract<Request, { type: 'call' }>): Promise<Reply> {
  const mod = await importFile(req.file);
  const args = req.args as Json[];
  const before = structuredClone(args);
  let result: unknown;
  try {
    if (req.harness !== undefined) {
      const harness = (await importFile(req.harness)).default as (
        m: Module,
        fn: string,
        a: unknown[],
      ) => unknown;
      result = await harness(mod, req.fn, args);
    } else {
      const f = mod[req.fn];
      if (typeof f !== 'function') return { type: 'missing', exports: Object.keys(mod) };
      result = (f as (...a: unknown[]) => unknown)(...args);
    }
  } catch (error) {
    return { type: 'threw', error: describeThrown(error) };
  }
  for (let i = 0; i < args.length; i++) {
    const path = firstDifference(before[i], args[i]);
    if (path !== undefined) return { type: 'mutated', argument: i, path };
  }
  try {
    return { type: 'ok', value: toPlain(result) };
  } catch (error) {
    return { type: 'threw', error: describeThrown(error) };
  }
}

async function handle(req: Request): Promise<Reply> {
  switch (req.type) {
    case 'suite':
      return { type: 'suite', suite: await loadSuite(req.file, req.seed, req.defaultTimeoutMs) };
    case 'load': {
      try {
        const mod = await importFile(req.file);
        return {
          type: 'loaded',
          exports: Object.keys(mod),
          ...('misconception' in mod ? { misconception: toPlain(mod.misconception) } : {}),
          ...('targets' in mod ? { targets: toPlain(mod.targets) } : {}),
        };
      } catch (error) {
        return { type: 'load-error', error: describeThrown(error) };
      }
    }
    case 'call':
      return call(req);
  }
}

port.on('message', (req: Request) => {
  handle(req).then(
    (reply) => port.postMessage(reply),
    (error: unknown) =>
      port.postMessage({ type: 'load-error', error: describeThrown(error) } satisfies Reply),
  );
});
port.postMessage({ type: 'ready' });
