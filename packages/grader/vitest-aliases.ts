// vitest settings for the course folders (exercises/ and solutions/): every @bp entry point and subpath
// (e.g. @bp/grader/stub) to its source, and the setup files of tests that call student code directly.
import { fileURLToPath } from 'node:url';
import { sourceAliases } from '../../vitest.shared.ts';

export function courseAliases(): { find: RegExp; replacement: string }[] {
  return sourceAliases();
}

/** The watchdog that ends a test stuck in an infinite loop (see src/watchdog.ts); vitest wants a path here. */
export function courseSetupFiles(): string[] {
  return [fileURLToPath(new URL('./src/watchdog.ts', import.meta.url))];
}
