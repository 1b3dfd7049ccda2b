// Runs inside a student's process (Node's permission model: it may read its own bundle and little else, and
// write nothing). It receives calls over IPC and answers with outputs only: the expected values never enter this
// process, so whatever the student's code does here can change nothing but its own answers.
//
// Bundled by esbuild into the run's work folder (isolate/bundle.ts), so it needs neither tsx nor the grader's files.
import { firstDifference, toPlain } from '../plain.js';
import type { Plain, ThrownInfo } from '../protocol.js';

type Module = Record<string, unknown>;
type Harness = (mod: Module, fn: string, args: unknown[]) => unknown;

/** From the parent. `init` comes first, before any student code is loaded, and carries the nonce. */
export type ChildRequest =
  | { readonly type: 'init'; readonly nonce: string; readonly bundle: string }
  | {
      readonly type: 'call';
      readonly id: number;
      readonly fn: string;
      readonly args: readonly unknown[];
      readonly harness?: string;
    };

/** To the parent; every reply carries the nonce (which the student's code cannot know) and the request's id. */
export type ChildReply = { readonly nonce: string; readonly id: number } & (
  | { readonly type: 'loaded'; readonly exports: readonly string[] }
  | { readonly type: 'load-error'; readonly error: ThrownInfo }
  | { readonly type: 'ok'; readonly value: Plain }
  | { readonly type: 'threw'; readonly error: ThrownInfo }
  | { readonly type: 'missing'; readonly exports: readonly string[] }
  | { readonly type: 'mutated'; readonly argument: number; readonly path: string }
  | { readonly type: 'tampered'; readonly what: string }
);

// Captured before any student code runs: later monkeypatches of these globals do not reach the runner.
const { ownKeys, getOwnPropertyDescriptor, getPrototypeOf, apply } = Reflect;
const { hasOwn, keys: objectKeys, create: createObject } = Object;
const isNaNValue = Number.isNaN;
const stringify = JSON.stringify;
const clone = structuredClone;
const stringOf = String;
const send = process.send?.bind(process);
const onMessage = process.on.bind(process);
const exit = process.exit.bind(process);

if (send === undefined) exit(70);

/** The built-ins a student could monkeypatch to change how other code computes. */
function intrinsics(): [string, object][] {
  const typed = getPrototypeOf(Float64Array.prototype) as object;
  return [
    ['globalThis', globalThis],
    ['Math', Math],
    ['JSON', JSON],
    ['Reflect', Reflect],
    ['Object', Object],
    ['Object.prototype', Object.prototype],
    ['Function.prototype', Function.prototype],
    ['Array', Array],
    ['Array.prototype', Array.prototype],
    ['Number', Number],
    ['Number.prototype', Number.prototype],
    ['String', String],
    ['String.prototype', String.prototype],
    ['Boolean.prototype', Boolean.prototype],
    ['Symbol', Symbol],
    ['Promise', Promise],
    ['Promise.prototype', Promise.prototype],
    ['Map.prototype', Map.prototype],
    ['Set.prototype', Set.prototype],
    ['Error', Error],
    ['Error.prototype', Error.prototype],
    ['RegExp.prototype', RegExp.prototype],
    ['Date', Date],
    ['Date.prototype', Date.prototype],
    ['BigInt.prototype', BigInt.prototype],
    ['ArrayBuffer.prototype', ArrayBuffer.prototype],
    ['TypedArray.prototype', typed],
    ['TypedArray', getPrototypeOf(Float64Array) as object],
    ['Float64Array', Float64Array],
    ['Float64Array.prototype', Float64Array.prototype],
    ['Float32Array.prototype', Float32Array.prototype],
    ['Int32Array.prototype', Int32Array.prototype],
    ['Uint8Array.prototype', Uint8Array.prototype],
  ];
}

interface Snapshot {
  readonly name: string;
  readonly target: object;
  readonly proto: unknown;
  readonly keys: (string | symbol)[];
  readonly descriptors: (PropertyDescriptor | undefined)[];
  /** New own keys count as tampering, except on globalThis (a student may declare globals). */
  readonly closed: boolean;
}

function snapshot(): Snapshot[] {
  const out: Snapshot[] = [];
  for (const [name, target] of intrinsics()) {
    const keys = ownKeys(target);
    const descriptors: (PropertyDescriptor | undefined)[] = [];
    for (let i = 0; i < keys.length; i++) descriptors[i] = getOwnPropertyDescriptor(target, keys[i]);
    out[out.length] = {
      name,
      target,
      proto: getPrototypeOf(target),
      keys,
      descriptors,
      closed: target !== globalThis,
    };
  }
  return out;
}

// Read as a plain record: a descriptor's get/set are compared by identity, never called.
const own = (d: PropertyDescriptor, k: 'value' | 'get' | 'set' | 'writable'): unknown =>
  hasOwn(d, k) ? (d as Record<string, unknown>)[k] : undefined;

/** The first built-in that differs from the snapshot, e.g. "Math.exp", or undefined. */
function tampered(before: readonly Snapshot[]): string | undefined {
  for (let i = 0; i < before.length; i++) {
    const s = before[i];
    if (getPrototypeOf(s.target) !== s.proto) return `${s.name} (prototype)`;
    for (let j = 0; j < s.keys.length; j++) {
      const key = s.keys[j];
      const a = s.descriptors[j];
      const b = getOwnPropertyDescriptor(s.target, key);
      const same =
        a !== undefined &&
        b !== undefined &&
        own(a, 'value') === own(b, 'value') &&
        own(a, 'get') === own(b, 'get') &&
        own(a, 'set') === own(b, 'set') &&
        own(a, 'writable') === own(b, 'writable');
      const bothNaN =
        a !== undefined && b !== undefined && isNaNValue(own(a, 'value')) && isNaNValue(own(b, 'value'));
      if (!same && !bothNaN) return `${s.name}.${stringOf(key)}`;
    }
    if (s.closed) {
      const now = ownKeys(s.target);
      if (now.length !== s.keys.length) return `${s.name} (new property)`;
    }
  }
  return undefined;
}

function describeThrown(error: unknown): ThrownInfo {
  try {
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
        message: stringOf((error as { message?: unknown }).message),
      };
    }
    if (error instanceof Error) {
      const code = (error as { code?: unknown }).code;
      return {
        isError: true,
        name: stringOf(error.name),
        message: `${typeof code === 'string' ? `${code}: ` : ''}${stringOf(error.message)}`.slice(0, 500),
      };
    }
    return {
      isError: false,
      name: typeof error,
      message: (typeof error === 'string' ? stringify(error) : stringOf(error)).slice(0, 300),
    };
  } catch {
    return { isError: false, name: typeof error, message: '(unprintable value)' };
  }
}

let nonce = '';
let mod: Module | undefined;
let harnesses: Record<string, Harness> = {};
let base: Snapshot[] = [];

function reply(id: number, body: Record<string, unknown>): void {
  // A null-prototype envelope: nothing a student adds to Object.prototype is consulted while sending it.
  const message = createObject(null) as Record<string, unknown>;
  const names = objectKeys(body);
  for (let i = 0; i < names.length; i++) message[names[i]] = body[names[i]];
  message.nonce = nonce;
  message.id = id;
  send?.(message);
}

async function init(bundle: string): Promise<void> {
  base = snapshot();
  try {
    const loaded = (await import(bundle)) as { mod: Module; harnesses: Record<string, Harness> };
    mod = loaded.mod;
    harnesses = loaded.harnesses;
  } catch (error) {
    reply(0, { type: 'load-error', error: describeThrown(error) });
    return;
  }
  const what = tampered(base);
  if (what !== undefined) reply(0, { type: 'tampered', what });
  else reply(0, { type: 'loaded', exports: objectKeys(mod) });
}

async function call(id: number, fn: string, args: unknown[], harness: string | undefined): Promise<void> {
  if (mod === undefined)
    return reply(id, {
      type: 'load-error',
      error: { isError: true, name: 'Error', message: 'module not loaded' },
    });
  const before = clone(args);
  let result: unknown;
  try {
    if (harness !== undefined) {
      const h = harnesses[harness];
      if (typeof h !== 'function')
        return reply(id, {
          type: 'threw',
          error: { isError: true, name: 'Error', message: `harness ${harness} not bundled` },
        });
      result = await h(mod, fn, args);
    } else {
      const f = mod[fn];
      if (typeof f !== 'function') return reply(id, { type: 'missing', exports: objectKeys(mod) });
      result = apply(f as (...a: unknown[]) => unknown, undefined, args);
    }
  } catch (error) {
    const what = tampered(base);
    return reply(
      id,
      what === undefined ? { type: 'threw', error: describeThrown(error) } : { type: 'tampered', what },
    );
  }
  let what = tampered(base);
  if (what !== undefined) return reply(id, { type: 'tampered', what });
  for (let i = 0; i < args.length; i++) {
    const path = firstDifference(before[i], args[i]);
    if (path !== undefined) return reply(id, { type: 'mutated', argument: i, path });
  }
  let value: Plain;
  try {
    value = toPlain(result);
  } catch (error) {
    return reply(id, { type: 'threw', error: describeThrown(error) });
  }
  what = tampered(base); // getters of the output ran student code
  reply(id, what === undefined ? { type: 'ok', value } : { type: 'tampered', what });
}

// The parent is gone (killed): nothing will read the answers.
onMessage('disconnect', () => exit(0));

onMessage('message', (raw: unknown) => {
  const m = raw as ChildRequest;
  if (m.type === 'init' && nonce === '') {
    nonce = m.nonce;
    void init(m.bundle);
  } else if (m.type === 'call' && nonce !== '') {
    void call(m.id, m.fn, [...m.args], m.harness);
  }
});
