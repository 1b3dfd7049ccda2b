// Runs in its own module graph (vitest isolates test files), so the kernel loader has not compiled anything yet
// when WebAssembly is replaced by one that rejects the module, as an engine without SIMD would.
import { describe, expect, it, vi } from 'vitest';
import { gemm, matmul, setMatmulBackend, tensor, wasmMatmulAvailable } from '../src/index.js';

describe('without WebAssembly SIMD', () => {
  it('reports the kernel unavailable and computes every product with the TypeScript kernel', () => {
    vi.stubGlobal('WebAssembly', {
      Module: class {
        constructor() {
          throw new Error('CompileError: SIMD unsupported');
        }
      },
      Instance: class {},
    });
    try {
      expect(wasmMatmulAvailable()).toBe(false);
      for (const backend of ['wasm', 'auto'] as const) {
        setMatmulBackend(backend);
        const a = tensor([
          [1, 2],
          [3, 4],
        ]);
        expect(matmul(a, a).toArray()).toEqual([
          [7, 10],
          [15, 22],
        ]);
        const n = 40;
        const C = new Float64Array(n * n);
        gemm(n, n, n, new Float64Array(n * n).fill(1), 0, new Float64Array(n * n).fill(0.5), 0, C, 0);
        expect(C.every((x) => x === 20)).toBe(true);
      }
    } finally {
      setMatmulBackend('auto');
      vi.unstubAllGlobals();
    }
  });
});
