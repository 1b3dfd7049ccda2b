// Which kernel computes a matrix product: the WebAssembly SIMD kernel, the TypeScript one, or (the default)
// whichever is faster for the product's size.
import { ArgumentError } from './errors.js';
import { wasmKernel, type WasmKernel } from './wasm/kernel.js';

export type MatmulBackend = 'auto' | 'wasm' | 'js';

/**
 * Below this many multiply-adds (m·n·k) 'auto' keeps the TypeScript kernel: packing into the module's memory
 * and copying C out cost more than the faster inner loop saves. bench/crossover.ts measured the WebAssembly
 * kernel slower at 2×2×2 (0.8×) and faster from 4×4×4 on (1.2× at 64, 1.5× at 1,000, 2× at 4,096).
 */
export const WASM_MIN_WORK = 64;

let backend: MatmulBackend = 'auto';

/**
 * Chooses the kernel of `gemm` (and so of `matmul`, `matmulTransposed` and everything built on them):
 * 'wasm' for every product, 'js' for the TypeScript kernel, 'auto' for WebAssembly on every product but
 * the tiniest (m·n·k < 64 multiply-adds). Where WebAssembly SIMD is unavailable, 'wasm' and 'auto' use the
 * TypeScript kernel without complaint: the results agree to rounding either way.
 */
export function setMatmulBackend(choice: MatmulBackend): void {
  if (choice !== 'auto' && choice !== 'wasm' && choice !== 'js') {
    throw new ArgumentError(
      'setMatmulBackend',
      'backend',
      `must be 'auto', 'wasm' or 'js', got ${String(choice)}`,
    );
  }
  backend = choice;
}

/** The backend last set (default 'auto'). */
export function getMatmulBackend(): MatmulBackend {
  return backend;
}

/** Whether this engine can run the WebAssembly SIMD kernel (compiles it on the first call). */
export function wasmMatmulAvailable(): boolean {
  return wasmKernel() !== null;
}

/** The WebAssembly kernel if the current backend wants it for a product of `work` multiply-adds, else null. */
export function kernelFor(work: number): WasmKernel | null {
  if (backend === 'js' || (backend === 'auto' && work < WASM_MIN_WORK)) return null;
  return wasmKernel();
}
