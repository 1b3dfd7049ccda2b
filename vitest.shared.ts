// Shared vitest settings: every @bp package resolves to its TypeScript source, so tests need no build.
import { fileURLToPath } from 'node:url';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = fileURLToPath(new URL('.', import.meta.url));

/** `@bp/<name>` → `packages/<name>/src/index.ts` for every package that has one. */
export function sourceAliases(): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const name of readdirSync(join(root, 'packages'))) {
    const entry = join(root, 'packages', name, 'src', 'index.ts');
    if (existsSync(entry)) aliases[`@bp/${name}`] = entry;
  }
  return aliases;
}
