import { describe, expect, it } from 'vitest';
import { compileGemmWat } from '../scripts/build-wasm.mjs';
import { gemmWasmBase64 } from '../src/wasm/gemm-binary.js';

describe('the committed WebAssembly binary', () => {
  it('is gemm.wat compiled by wabt: run `node scripts/build-wasm.mjs` after editing the .wat', async () => {
    const compiled = await compileGemmWat();
    expect(Buffer.from(gemmWasmBase64, 'base64').equals(Buffer.from(compiled))).toBe(true);
  });
});
