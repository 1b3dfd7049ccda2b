// The public examples against the references: every exercises/<id>/examples.test.ts runs with its imports of the
// stub module redirected to solutions/<id>/ (the same file name), so a wrong number in a public example is caught
// here, not by a student. Exercises without a reference (a student copy) are left out.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { courseAliases, courseSetupFiles } from '../packages/grader/vitest-aliases.ts';
import { sharedTestOptions } from '../vitest.shared.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const exercises = join(root, 'exercises');
const solutions = join(root, 'solutions');

/** The reference that stands for `exercises/<id>/<file>.ts`, if there is one. */
function referenceFor(stub: string): string | undefined {
  const [id, ...rest] = relative(exercises, stub).split(sep);
  if (id === undefined || id.startsWith('..') || rest.length !== 1) return undefined;
  const reference = join(solutions, id, rest[0]);
  return existsSync(reference) ? reference : undefined;
}

const toReference: Plugin = {
  name: 'bp-examples-against-reference',
  enforce: 'pre',
  resolveId(source, importer) {
    if (importer === undefined || !importer.endsWith('examples.test.ts') || !source.startsWith('.'))
      return null;
    const stub = resolve(dirname(importer), source).replace(/\.js$/, '.ts');
    return referenceFor(stub) ?? null;
  },
};

const withReference = readdirSync(exercises, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(exercises, d.name, 'examples.test.ts')))
  .filter((d) =>
    readdirSync(join(exercises, d.name)).some(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && referenceFor(join(exercises, d.name, f)),
    ),
  )
  .map((d) => `${d.name}/examples.test.ts`);

export default defineConfig({
  plugins: [toReference],
  resolve: { alias: courseAliases() },
  test: {
    ...sharedTestOptions,
    root: exercises,
    include: withReference.length > 0 ? withReference : ['__none__'],
    passWithNoTests: true,
    setupFiles: courseSetupFiles(),
    env: { BP_EXAMPLES_AGAINST_REFERENCE: '1' },
  },
});
