import { defineConfig } from 'vitest/config';
import { courseAliases, courseSetupFiles } from '../packages/grader/vitest-aliases.ts';
import { sharedTestOptions } from '../vitest.shared.ts';

// The public examples call your code directly: the watchdog ends a test that loops forever (vitest cannot).
export default defineConfig({
  resolve: { alias: courseAliases() },
  test: { ...sharedTestOptions, setupFiles: courseSetupFiles() },
});
