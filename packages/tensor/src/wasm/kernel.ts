// Loads the WebAssembly gemm kernel (gemm.wat, compiled into gemm-binary.ts) synchronously at first use, and
// owns its linear memory. Where WebAssembly or its SIMD proposal is missing, compiling throws and the kernel is
// reported unavailable: the caller then uses the TypeScript kernel.
import { gemmWasmBase64 } from './gemm-binary.js';

export interface WasmKernel {
  /** Tile shape of the micro-kernel: the packed strips of A are `mr` rows, the panels of B `nr` columns. */
  readonly mr: number;
  readonly nr: number;
  /**
   * C block += packed A block · packed B block (`add` 1), or = (`add` 0); addresses are in bytes, `ldc` in
   * elements.
   */
  block(
    strips: number,
    panels: number,
    kc: number,
    a: number,
    b: number,
    c: number,
    ldc: number,
    add: 0 | 1,
  ): void;
  /**
   * C (+)= A·Wᵀ over `pairs` pairs of rows of A and `groups` groups of 4 rows of W, both with row length `ld`
   * (even); addresses in bytes, `ldc` in elements, `add` as for `block`.
   */
  dotsT(
    pairs: number,
    groups: number,
    ld: number,
    a: number,
    w: number,
    c: number,
    ldc: number,
    add: 0 | 1,
  ): void;
  /** A float64 view of at least `elements` values of linear memory (valid until the next call). */
  view(elements: number): Float64Array;
}

// The little of the WebAssembly JS API used here, typed locally: the project's lib (ES2023, no DOM) does not
// declare it, and the engine may lack it altogether.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: object };
}
interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  MR: { value: number };
  NR: { value: number };
  block: WasmKernel['block'];
  dotsT: WasmKernel['dotsT'];
}

let loaded: WasmKernel | null | undefined;

/** The kernel, or null when this engine cannot run it. Compiles once; later calls are free. */
export function wasmKernel(): WasmKernel | null {
  if (loaded === undefined) {
    try {
      loaded = instantiate();
    } catch {
      loaded = null;
    }
  }
  return loaded;
}

// Synchronous compilation keeps `gemm` synchronous. Browsers have limited it on the main thread to small
// modules (Chrome long allowed at most 4 KB): this one is about 1.2 KB, so keep it small.
function instantiate(): WasmKernel {
  const bytes = Uint8Array.from(atob(gemmWasmBase64), (c) => c.charCodeAt(0));
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) throw new Error('no WebAssembly');
  const exports = new api.Instance(new api.Module(bytes)).exports as Exports;
  const { memory, block, dotsT } = exports;
  let f64 = new Float64Array(memory.buffer);
  return {
    mr: exports.MR.value,
    nr: exports.NR.value,
    block,
    dotsT,
    view(elements: number): Float64Array {
      if (f64.length < elements) {
        const pages = Math.ceil((elements * 8 - memory.buffer.byteLength) / 65536);
        memory.grow(pages);
        f64 = new Float64Array(memory.buffer); // growing detaches the old buffer
      }
      return f64;
    },
  };
}
