// vitest aliases for a package that imports @bp/grader's subpaths (stub, suite, vitest) besides the engine:
// vitest.shared.ts maps package roots only, and a prefix alias would turn '@bp/grader/stub' into '…/index.ts/stub'.
import { fileURLToPath } from 'node:url';
import { sourceAliases } from '../../vitest.shared.ts';

export function courseAliases(): { find: RegExp; replacement: string }[] {
  const src = fileURLToPath(new URL('./src/', import.meta.url));
  return [
    { find: /^@bp\/grader\/(stub|suite|vitest)$/, replacement: `${src}$1.ts` },
    ...Object.entries(sourceAliases()).map(([name, entry]) => ({ find: new RegExp(`^${name.replace('/', '\\/')}$`), replacement: entry })),
  ];
}
