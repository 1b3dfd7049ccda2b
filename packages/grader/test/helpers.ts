// Temp copies of a course (never the real folders): exercises/ and solutions/ plus node_modules/@bp links.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** An empty course folder in the temp dir whose `@bp/*` imports resolve to the workspace packages. */
export function tempCourse(): { root: string; write: (path: string, text: string) => void; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'bp-grader-'));
  mkdirSync(join(root, 'node_modules', '@bp'), { recursive: true });
  for (const name of readdirSync(join(repoRoot, 'packages'))) {
    symlinkSync(join(repoRoot, 'packages', name), join(root, 'node_modules', '@bp', name), 'dir');
  }
  // As in the real course: ESM TypeScript (exercises/ and solutions/ have their own package.json too).
  writeFileSync(join(root, 'package.json'), '{ "private": true, "type": "module" }\n');
  mkdirSync(join(root, 'exercises'));
  mkdirSync(join(root, 'solutions'));
  return {
    root,
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A temp copy of the real exercises/ and solutions/ (without their node_modules). */
export function copyRealCourse(): ReturnType<typeof tempCourse> {
  const course = tempCourse();
  for (const side of ['exercises', 'solutions']) {
    for (const entry of readdirSync(join(repoRoot, side))) {
      if (entry === 'node_modules') continue;
      cpSync(join(repoRoot, side, entry), join(course.root, side, entry), { recursive: true });
    }
  }
  return course;
}
