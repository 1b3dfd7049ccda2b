// A vitest setup file for test files that call student code directly (the exercises' public examples).
// vitest cannot stop a synchronous infinite loop: its testTimeout never fires, and `pnpm test` would hang
// forever. A worker thread runs while the test's thread is stuck, so it watches the clock: when one test has run
// past the limit it prints which test it was, in the student's language, and kills the test process. vitest then
// reports "Worker exited unexpectedly" and exits 1; the other test files still run.
//
// Use: `test: { setupFiles: [fileURLToPath(import.meta.resolve('@bp/grader/watchdog'))] }` (vitest wants a path,
// not a package name); the limit is BP_TEST_LIMIT_MS (default 20000).
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach } from 'vitest';
import { resolveLang, type Lang } from './text.js';

const NAME_BYTES = 2048;

/** What the test's thread shares with the watchdog: [test number, running?, name length] and the name. */
const state = new Int32Array(new SharedArrayBuffer(3 * 4));
const name = new Uint8Array(new SharedArrayBuffer(NAME_BYTES));
const encoder = new TextEncoder();

export function limitMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.BP_TEST_LIMIT_MS ?? 20_000);
  return Number.isFinite(value) && value > 0 ? value : 20_000;
}

export function hangMessage(test: string, limit: number, lang: Lang): string {
  const seconds = `${limit / 1000} s`;
  return lang === 'en'
    ? `\n✖ bp: the test "${test}" ran past ${seconds} without finishing: an infinite loop in your code?\n` +
        `  The test process was stopped, so the tests after it in that file did not run.\n` +
        `  Look for a loop whose condition never becomes false (or raise BP_TEST_LIMIT_MS).\n`
    : `\n✖ bp: o teste "${test}" passou de ${seconds} sem terminar: um laço infinito no seu código?\n` +
        `  O processo dos testes foi encerrado, então os testes seguintes desse arquivo não rodaram.\n` +
        `  Procure um laço cuja condição nunca fica falsa (ou aumente BP_TEST_LIMIT_MS).\n`;
}

// Plain JavaScript: a worker evaluated from a string. It polls, because the thread it watches cannot post.
const WATCHER = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { state, name, limit, messages } = workerData;
let seen = -1;
let since = Date.now();
setInterval(() => {
  const test = Atomics.load(state, 0);
  if (test !== seen) { seen = test; since = Date.now(); return; }
  if (Atomics.load(state, 1) === 0 || Date.now() - since <= limit) return;
  const title = new TextDecoder().decode(name.slice(0, Atomics.load(state, 2)));
  writeSync(2, messages.replace('\\u0000', title));
  process.kill(process.pid, 'SIGKILL');
}, Math.min(250, limit / 4));
`;

function start(): void {
  const limit = limitMs();
  let lang: Lang = 'pt-BR';
  try {
    lang = resolveLang(undefined);
  } catch {
    // An unknown BP_LANG is reported by the grader; here the course's language will do.
  }
  const messages = hangMessage('\u0000', limit, lang);
  const watcher = new Worker(WATCHER, { eval: true, workerData: { state, name, limit, messages } });
  watcher.unref(); // never keeps the test process alive
}

start();

beforeEach((context) => {
  const title = `${context.task.file.name} › ${context.task.name}`;
  const bytes = encoder.encode(title).subarray(0, NAME_BYTES);
  name.set(bytes);
  Atomics.store(state, 2, bytes.length);
  Atomics.add(state, 0, 1);
  Atomics.store(state, 1, 1);
});

afterEach(() => {
  Atomics.store(state, 1, 0);
});
