// A forced garbage collection, so heapUsed measures what is still reachable rather than when V8 last swept.
// `node --expose-gc` (the bench script passes it) gives globalThis.gc; otherwise V8 can still be asked for it.
import v8 from 'node:v8';
import vm from 'node:vm';

export interface Gc {
  readonly collect: () => void;
  readonly how: string;
}

export function forcedGc(): Gc | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return { collect: () => exposed(), how: 'global.gc (--expose-gc)' };
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    if (typeof gc === 'function')
      return { collect: () => void (gc as () => void)(), how: 'v8.setFlagsFromString(--expose-gc)' };
  } catch {
    // fall through: no forced GC on this runtime
  }
  return null;
}
