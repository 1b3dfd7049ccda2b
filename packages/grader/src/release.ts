// `bp release --out DIR`: the student copy. A valid pnpm workspace (root config, lockfile, the packages students
// need, exercises/ with the stubs, solutions/ with the hidden suites) where every solutions/<id>/ holds an
// expected.json recorded from the reference instead of the reference and the wrong answers.
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { exercisePaths, listWrongAnswers } from './discover.js';
import { selectExercises, withSandbox } from './grade.js';
import { buildOracle, recordOracles, referenceFile, type Oracle } from './oracle.js';
import { DEFAULT_TIMEOUT_MS } from './suite.js';

/** Never copied: installs, builds, caches, VCS, CI and release tooling. */
const SKIP_NAMES = new Set([
  'node_modules',
  'dist',
  '.turbo',
  '.git',
  'coverage',
  '.tools',
  '.bp-cache',
  '.changeset',
  '.ci',
]);
/** Workspace packages a student copy does without: benchmarks (heavy peers) and the publishing smoke test (network). */
export const DEFAULT_EXCLUDED_PACKAGES = ['bench', 'smoke'] as const;

export interface CopyOptions {
  readonly root: string;
  readonly out: string;
  /** Exercises to include (others are left out of exercises/ and solutions/). */
  readonly ids: readonly string[];
  /** Folder names under packages/ to leave out (their config entries are removed too). */
  readonly excludePackages: readonly string[];
  /** Keep the references and wrong answers (a grading copy, e.g. the Gradescope bundle). */
  readonly keepSolutions: boolean;
}

const EXERCISE_DIR = /^\d{2,}-[a-z0-9-]+$/;

/** Copies the course for students or for a grader: returns the number of files copied. */
export function copyCourse(o: CopyOptions, modules: ReadonlyMap<string, string>): number {
  const out = resolve(o.out);
  let files = 0;
  const keep = (abs: string): boolean => {
    if (abs === out || abs.startsWith(out + sep)) return false; // --out inside the course
    const parts = relative(o.root, abs).split(sep);
    if (parts.some((p) => SKIP_NAMES.has(p) || p.endsWith('.tsbuildinfo') || p.endsWith('.tgz')))
      return false;
    if (parts[0] === 'packages' && parts.length >= 2 && o.excludePackages.includes(parts[1])) return false;
    if (
      (parts[0] === 'exercises' || parts[0] === 'solutions') &&
      parts.length >= 2 &&
      EXERCISE_DIR.test(parts[1]) &&
      !o.ids.includes(parts[1])
    )
      return false;
    // The grader's own tests need the teacher's solutions (and quote them): not in a student copy.
    if (!o.keepSolutions && parts[0] === 'packages' && parts[1] === 'grader' && parts[2] === 'test')
      return false;
    if (!o.keepSolutions && parts[0] === 'solutions' && parts.length >= 3) {
      if (parts[2] === 'wrong' || parts[2] === 'expected.json') return false;
      if (parts.length === 3 && modules.get(parts[1]) === parts[2]) return false; // the reference
    }
    return true;
  };
  const copy = (from: string, to: string): void => {
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from).sort()) {
      const src = join(from, name);
      if (!keep(src)) continue;
      const st = lstatSync(src);
      if (st.isDirectory()) copy(src, join(to, name));
      else if (st.isSymbolicLink()) symlinkSync(readlinkSync(src), join(to, name));
      else if (st.isFile()) {
        copyFileSync(src, join(to, name));
        chmodSync(join(to, name), st.mode & 0o777);
        files++;
      }
    }
  };
  copy(resolve(o.root), out);
  adjustWorkspace(out, o.excludePackages);
  if (!o.keepSolutions) withoutGraderTests(out);
  return files;
}

/** Removes an excluded package's importer from pnpm-lock.yaml (the rest stays valid for --frozen-lockfile). */
export function dropLockfileImporters(lock: string, importers: readonly string[]): string {
  const lines = lock.split('\n');
  const out: string[] = [];
  let skipping = false;
  for (const line of lines) {
    const key = /^ {2}(\S[^:]*):/.exec(line)?.[1];
    if (/^\S/.test(line) || key !== undefined)
      skipping = key !== undefined && importers.includes(key.replace(/^'|'$/g, ''));
    if (!skipping) out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** turbo.json without the tasks of excluded packages (turbo rejects `pkg#task` for a package that is not there). */
export function dropTurboTasks(turbo: string, packages: readonly string[]): string {
  const config = JSON.parse(turbo) as { tasks?: Record<string, unknown> };
  for (const key of Object.keys(config.tasks ?? {})) {
    if (packages.some((p) => key.startsWith(`@bp/${p}#`))) delete config.tasks?.[key];
  }
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** packages/grader without its test/ folder: vitest must not fail for want of test files, eslint of a folder. */
function withoutGraderTests(out: string): void {
  const file = join(out, 'packages', 'grader', 'package.json');
  if (!existsSync(file)) return;
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { scripts?: Record<string, string> };
  if (pkg.scripts?.test !== undefined) pkg.scripts.test = `${pkg.scripts.test} --passWithNoTests`;
  if (pkg.scripts?.lint !== undefined) pkg.scripts.lint = pkg.scripts.lint.replace(/ test(?= |$)/, '');
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
}

function adjustWorkspace(out: string, excluded: readonly string[]): void {
  if (excluded.length === 0) return;
  const lockFile = join(out, 'pnpm-lock.yaml');
  if (existsSync(lockFile))
    writeFileSync(
      lockFile,
      dropLockfileImporters(
        readFileSync(lockFile, 'utf8'),
        excluded.map((p) => `packages/${p}`),
      ),
    );
  const turboFile = join(out, 'turbo.json');
  if (existsSync(turboFile))
    writeFileSync(turboFile, dropTurboTasks(readFileSync(turboFile, 'utf8'), excluded));
  const pkgFile = join(out, 'package.json');
  if (existsSync(pkgFile)) {
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { scripts?: Record<string, string> };
    for (const [name, script] of Object.entries(pkg.scripts ?? {})) {
      if (excluded.some((p) => script.includes(`@bp/${p}`) || script.includes(`packages/${p}`)))
        delete pkg.scripts?.[name];
    }
    writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  }
}

/**
 * Lines of the references and wrong answers that would betray them if found in the copy: code lines of some
 * length that the stub, the suite and the harnesses (which are released) do not have.
 */
export function distinctiveLines(
  root: string,
  ids: readonly string[],
  modules: ReadonlyMap<string, string>,
): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const id of ids) {
    const paths = exercisePaths(root, id);
    const module = modules.get(id);
    if (module === undefined) continue;
    const shipped = new Set<string>();
    const addShipped = (file: string): void => {
      if (existsSync(file)) for (const l of readFileSync(file, 'utf8').split('\n')) shipped.add(l.trim());
    };
    // Everything of the student's folder ships anyway (the stub, the public examples): never a leak.
    for (const f of readdirSync(paths.exerciseDir))
      if (f.endsWith('.ts')) addShipped(join(paths.exerciseDir, f));
    for (const f of readdirSync(paths.solutionDir))
      if (f.endsWith('.ts') && f !== module) addShipped(join(paths.solutionDir, f));
    const secret = [join(paths.solutionDir, module), ...listWrongAnswers(paths).map((w) => w.file)];
    for (const file of secret) {
      if (!existsSync(file)) continue;
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(
          (l) =>
            l.length >= 20 &&
            !shipped.has(l) &&
            !/^[\w$]+,?$|^\} from /.test(l) && // a name in an import or export list says nothing of the solution
            !/^(\/\/|\/\*|\*|import |export \{|export type |export \* |export const (misconception|targets)\b|['"`]|'pt-BR'|en:)/.test(
              l,
            ),
        );
      found.set(relative(root, file), lines);
    }
  }
  return found;
}

/** Every text file under `dir` that contains one of `lines`: `file: line`. */
export function findLines(dir: string, lines: ReadonlyMap<string, readonly string[]>): string[] {
  const hits: string[] = [];
  const all = [...lines.entries()].flatMap(([src, ls]) => ls.map((l) => ({ src, l })));
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        if (name !== 'node_modules') walk(p);
        continue;
      }
      if (st.size > 4 * 1024 * 1024) continue;
      const text = readFileSync(p, 'utf8');
      for (const { src, l } of all)
        if (text.includes(l)) hits.push(`${relative(dir, p)}: "${l}" (from ${src})`);
    }
  };
  walk(dir);
  return hits;
}

/** A release refused: the message says why (no stack trace needed). */
export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
}

export interface ReleaseOptions {
  readonly root: string;
  readonly out: string;
  readonly only?: readonly string[];
  /** Seeds whose expected outputs are recorded (default [1], the seed `bp grade` uses). */
  readonly seeds?: readonly number[];
  readonly timeoutMs?: number;
  readonly excludePackages?: readonly string[];
}

export interface ReleaseResult {
  readonly out: string;
  readonly exercises: readonly string[];
  readonly seeds: readonly number[];
  readonly files: number;
  readonly excludedPackages: readonly string[];
}

/** Builds the oracles of every selected exercise for every seed (the references must be there). */
export async function buildOracles(
  root: string,
  ids: readonly string[],
  seeds: readonly number[],
  timeoutMs: number,
): Promise<Map<string, Oracle[]>> {
  const oracles = new Map<string, Oracle[]>();
  await withSandbox(undefined, async (sandbox) => {
    for (const id of ids) {
      const paths = exercisePaths(root, id);
      const list: Oracle[] = [];
      for (const seed of seeds) list.push(await buildOracle(paths, seed, sandbox, timeoutMs));
      if (!existsSync(referenceFile(paths, list[0].suite)))
        throw new Error(
          `${id}: no reference solution in ${paths.solutionDir}: release and gradescope need the teacher's course`,
        );
      oracles.set(id, list);
    }
  });
  return oracles;
}

export async function release(o: ReleaseOptions): Promise<ReleaseResult> {
  const root = resolve(o.root);
  const out = resolve(o.out);
  if (existsSync(out) && readdirSync(out).length > 0)
    throw new RangeError(`${out} is not empty: release writes into a new folder`);
  const ids = selectExercises(root, o.only);
  const seeds = [...new Set(o.seeds ?? [1])];
  const excluded = (o.excludePackages ?? DEFAULT_EXCLUDED_PACKAGES).filter((p) =>
    existsSync(join(root, 'packages', p)),
  );
  const oracles = await buildOracles(root, ids, seeds, o.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const modules = new Map(ids.map((id) => [id, oracles.get(id)?.[0].suite.module ?? '']));
  let files: number;
  try {
    files = copyCourse({ root, out, ids, excludePackages: excluded, keepSolutions: false }, modules);
    for (const id of ids) {
      const teacher = exercisePaths(root, id);
      const file = join(exercisePaths(out, id).solutionDir, 'expected.json');
      mkdirSync(exercisePaths(out, id).solutionDir, { recursive: true });
      writeFileSync(file, `${JSON.stringify(recordOracles(teacher, oracles.get(id) ?? []))}\n`);
      files++;
    }
    writeFileSync(
      join(out, '.bp-release.json'),
      `${JSON.stringify({ schema: 'bp-release/1', createdAt: new Date().toISOString(), exercises: ids, seeds }, null, 2)}\n`,
    );
    // The promise of a release: no reference or wrong answer anywhere in it.
    const leaks = findLines(out, distinctiveLines(root, ids, modules));
    if (leaks.length > 0)
      throw new ReleaseError(
        `the release contains solution code (nothing was written):\n  ${leaks.slice(0, 10).join('\n  ')}`,
      );
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }
  return { out, exercises: ids, seeds, files, excludedPackages: excluded };
}
