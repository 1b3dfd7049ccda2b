// Shared vitest settings: every @bp package entry point (and subpath, e.g. @bp/autograd/symbolic) resolves
// to its TypeScript source through the `source` export condition, so tests need no build.
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = fileURLToPath(new URL('.', import.meta.url));

interface Alias {
  find: RegExp;
  replacement: string;
}

export function sourceAliases(): Alias[] {
  const aliases: Alias[] = [];
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifest = join(root, 'packages', dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name: string;
      exports?: Record<string, { source?: string } | string>;
    };
    for (const [subpath, target] of Object.entries(exports ?? {})) {
      if (typeof target !== 'object' || target.source === undefined) continue;
      const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
      const escaped = specifier.replace(/[/.]/g, (c) => `\\${c}`);
      aliases.push({
        find: new RegExp(`^${escaped}$`),
        replacement: join(root, 'packages', dir, target.source),
      });
    }
  }
  return aliases;
}

/**
 * Test settings shared by every package. CI runs many packages' suites at once on two cores, so a test that
 * takes 50 ms alone can take seconds there: the timeouts are generous, and no test asserts a duration.
 */
export const sharedTestOptions = { testTimeout: 60_000, hookTimeout: 120_000 };
