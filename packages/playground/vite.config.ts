// The playground runs the @bp packages from their TypeScript sources (the `source` export condition, as
// tsc and vitest do), so no package needs building first.
import { defineConfig, type Plugin } from 'vite';
import { sourceAliases } from '../../vitest.shared.ts';

/** A bare import replaced by a module written here. */
function virtualModule(name: string, specifier: string, code: string): Plugin {
  const id = `\0bp-playground:${specifier}`;
  return {
    name: `bp-playground-${name}`,
    enforce: 'pre',
    resolveId: (source) => (source === specifier ? id : null),
    load: (loaded) => (loaded === id ? code : null),
  };
}

export default defineConfig({
  plugins: [
    // loadMnist imports `mnist` (20 MB of JSON, CommonJS) lazily; the playground never calls it, so the
    // bundle gets a stub instead.
    virtualModule(
      'mnist-stub',
      'mnist',
      'throw new Error("MNIST is not available in the playground");\nexport default [];',
    ),
  ],
  resolve: { alias: sourceAliases() },
  // Every dependency is a workspace source or ESM, so nothing needs pre-bundling; skipping the scan keeps the
  // dev server's start fast (the browser test starts one on every run).
  optimizeDeps: { noDiscovery: true, include: [] },
  // Graphviz's WebAssembly, inlined by @viz-js/viz, is about 1.4 MB of the bundle; the page needs it at once.
  build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
  server: { host: '127.0.0.1' },
});
