// Types of build-wasm.mjs, for the test that checks the committed bytes are up to date.
export function compileGemmWat(): Promise<Uint8Array>;
export function binarySource(bytes: Uint8Array): string;
