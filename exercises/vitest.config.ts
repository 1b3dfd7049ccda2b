import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { courseAliases } from '../packages/grader/vitest-aliases.ts';
import { sharedTestOptions } from '../vitest.shared.ts';

// The public examples call your code directly: the watchdog ends a test that loops forever (vitest cannot).
const watchdog = fileURLToPath(new URL('../packages/grader/src/watchdog.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: courseAliases() },
  test: { ...sharedTestOptions, setupFiles: [watchdog] },
});
