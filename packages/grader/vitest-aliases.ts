// vitest aliases for the course folders: every @bp entry point and subpath (e.g. @bp/grader/stub) to its source.
import { sourceAliases } from '../../vitest.shared.ts';

export function courseAliases(): { find: RegExp; replacement: string }[] {
  return sourceAliases();
}
