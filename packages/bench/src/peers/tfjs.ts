// TensorFlow.js (tfjs-core 4.22 with its CPU and WebAssembly backends) behind a small typed surface.
// Loaded with require: the packages are CommonJS in Node, and one tfjs-core instance must see both backends.
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TF from '@tensorflow/tfjs-core';
import type * as TFWasm from '@tensorflow/tfjs-backend-wasm';
import { registerGradients } from './tfjs-gradients.js';

export type Tf = typeof TF;
export type TfBackend = 'cpu' | 'wasm';

export interface TfjsBackendInfo {
  readonly backend: TfBackend;
  readonly version: string;
  /** For wasm: which binary ran ('tfjs-backend-wasm-simd.wasm', …), its thread count, and why. */
  readonly wasm?: {
    readonly binary: string;
    readonly simd: boolean;
    readonly multithread: boolean;
    readonly threads: number;
    readonly path: string;
  };
}

const require = createRequire(import.meta.url);
let loaded: { tf: Tf; wasm: typeof TFWasm; wasmDir: string } | undefined;

function load(): { tf: Tf; wasm: typeof TFWasm; wasmDir: string } {
  if (loaded) return loaded;
  const tf = require('@tensorflow/tfjs-core') as Tf;
  require('@tensorflow/tfjs-backend-cpu');
  const wasm = require('@tensorflow/tfjs-backend-wasm') as typeof TFWasm;
  // In Node the .wasm files are read from disk: point the backend at the package's dist folder (a file path with
  // a trailing separator, since the binary's name is appended to it).
  const wasmDir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + path.sep;
  wasm.setWasmPaths(wasmDir);
  // Production mode: no per-op debug checks (and no "install tfjs-node" banner), as a deployed model would run.
  tf.enableProdMode();
  registerGradients(tf);
  loaded = { tf, wasm, wasmDir };
  return loaded;
}

/** Switches tfjs to `backend` (initialising it on first use) and says what runs. */
export async function useTfjs(backend: TfBackend): Promise<{ tf: Tf; info: TfjsBackendInfo }> {
  const { tf, wasm, wasmDir } = load();
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs: backend '${backend}' failed to initialise`);
  await tf.ready();
  if (backend === 'cpu') return { tf, info: { backend, version: tf.version_core } };
  const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) === true;
  // tfjs-backend-wasm answers false in Node whatever the runtime supports (IS_NODE short-circuits the probe,
  // tensorflow/tfjs#3830), so the threaded binary never loads here.
  const multithread = (await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')) === true;
  const binary =
    simd && multithread
      ? 'tfjs-backend-wasm-threaded-simd.wasm'
      : simd
        ? 'tfjs-backend-wasm-simd.wasm'
        : 'tfjs-backend-wasm.wasm';
  return {
    tf,
    info: {
      backend,
      version: tf.version_core,
      wasm: { binary, simd, multithread, threads: wasm.getThreadsCount(), path: wasmDir },
    },
  };
}

/** C = A·B for n×n float32 matrices; `call` reads the result back (dataSync), so the work is done when it returns. */
export function tfjsMatmul(
  tf: Tf,
  a: Float32Array,
  b: Float32Array,
  n: number,
): { call(): void; result(): Float32Array; dispose(): void } {
  const ta = tf.tensor2d(a, [n, n], 'float32');
  const tb = tf.tensor2d(b, [n, n], 'float32');
  return {
    call() {
      const c = tf.matMul(ta, tb);
      c.dataSync();
      c.dispose();
    },
    result() {
      const c = tf.matMul(ta, tb);
      const out = c.dataSync() as Float32Array;
      c.dispose();
      return out;
    },
    dispose() {
      ta.dispose();
      tb.dispose();
    },
  };
}
