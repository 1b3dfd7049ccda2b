// Where the exercises, the hidden suites, the references and the wrong answers are.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface ExercisePaths {
  readonly id: string;
  /** exercises/<id>: the student's folder. */
  readonly exerciseDir: string;
  /** solutions/<id>: reference, suite.ts, wrong/, expected.json. */
  readonly solutionDir: string;
  readonly suiteFile: string;
  readonly expectedFile: string;
  readonly wrongDir: string;
}

const EXERCISE_ID = /^\d{2,}-[a-z0-9-]+$/;

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** The nearest folder at or above `start` that holds `exercises/`. */
export function findRoot(start: string = process.cwd()): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (isDir(join(dir, 'exercises'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function exercisePaths(root: string, id: string): ExercisePaths {
  const solutionDir = join(root, 'solutions', id);
  return {
    id,
    exerciseDir: join(root, 'exercises', id),
    solutionDir,
    suiteFile: join(solutionDir, 'suite.ts'),
    expectedFile: join(solutionDir, 'expected.json'),
    wrongDir: join(solutionDir, 'wrong'),
  };
}

/** Every exercise (folders named like `01-local-derivatives` under exercises/ or solutions/), sorted. */
export function listExercises(root: string): string[] {
  const ids = new Set<string>();
  for (const side of ['exercises', 'solutions']) {
    const dir = join(root, side);
    if (!isDir(dir)) continue;
    for (const name of readdirSync(dir)) if (EXERCISE_ID.test(name) && isDir(join(dir, name))) ids.add(name);
  }
  return [...ids].sort();
}

/** The wrong answers of an exercise: solutions/<id>/wrong/<slug>.ts, sorted by slug. */
export function listWrongAnswers(paths: ExercisePaths): { slug: string; file: string }[] {
  if (!isDir(paths.wrongDir)) return [];
  return readdirSync(paths.wrongDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => ({ slug: f.slice(0, -3), file: join(paths.wrongDir, f) }));
}
