// Temp copies of a course (never the real folders): exercises/ and solutions/ plus node_modules/@bp links.
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** An empty course folder in the temp dir whose `@bp/*` imports resolve to the workspace packages. */
export function tempCourse(): {
  root: string;
  write: (path: string, text: string) => void;
  cleanup: () => void;
} {
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

export const PILOTS = ['01-local-derivatives', '02-final-bias'] as const;

/** A temp course with only the pilot exercises (others, in progress elsewhere, must not affect these tests). */
export function pilotCourse(): ReturnType<typeof tempCourse> {
  const course = tempCourse();
  for (const side of ['exercises', 'solutions']) {
    for (const id of PILOTS)
      cpSync(join(repoRoot, side, id), join(course.root, side, id), { recursive: true });
  }
  return course;
}

/**
 * A solution file as a student would hand it in, at `<dir>/<id>/`: its relative imports of the reference
 * (`../derivatives.js` from wrong/) point to a copy of the reference beside it, `reference-copy.ts`.
 */
export function studentFiles(id: string, from: string): Record<string, string> {
  const module = readdirSync(join(repoRoot, 'exercises', id)).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  )[0];
  const text = readFileSync(join(repoRoot, 'solutions', id, from), 'utf8');
  if (!from.includes('/')) return { [module]: text };
  return {
    [module]: text.replace(/from '\.\.\/([^']+)'/g, "from './reference-copy.js'"),
    'reference-copy.ts': readFileSync(join(repoRoot, 'solutions', id, module), 'utf8'),
  };
}

/** Every file under `dir` with its SHA-256: to prove that grading never modifies a submission. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(dir.length + 1)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
