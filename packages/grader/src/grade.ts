// Verdicts: the student's outcomes against the oracle, task by task.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { compareOutput, isWellFormed, kindOf, type Mismatch } from './compare.js';
import { exercisePaths, findRoot, listExercises, type ExercisePaths } from './discover.js';
import { buildOracle, runModule, type Oracle } from './oracle.js';
import type { LoadedTask, Plain, ThrownInfo } from './protocol.js';
import { Sandbox, mapLimit, type Outcome, type SandboxOptions } from './sandbox.js';
import { DEFAULT_TIMEOUT_MS, type Json, type Misconception } from './suite.js';
import type { Text } from './text.js';

export const VERDICTS = ['solved', 'wrong', 'not-attempted', 'timed-out', 'crashed'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a task failed, on its first failing case. */
export type FailureKind =
  | 'mismatch' // a value differs beyond tolerance
  | 'invalid-output' // NaN/Infinity, wrong type, wrong shape, missing key, unsupported value
  | 'mutated-input'
  | 'threw'
  | 'not-implemented-dependency' // called another stub that is not implemented yet
  | 'missing-export'
  | 'load-error'
  | 'timeout'
  | 'crash'
  | 'reference-error';

export interface Failure {
  readonly kind: FailureKind;
  readonly caseIndex: number;
  readonly caseName: Text;
  readonly args: readonly Json[];
  readonly mismatch?: Mismatch;
  readonly error?: ThrownInfo;
  /** mutated-input: which argument (0-based) and where. */
  readonly argument?: number;
  readonly path?: string;
  readonly timeoutMs?: number;
  readonly phase?: 'load' | 'call';
  readonly detail?: string;
}

export interface Hint {
  readonly slug: string;
  readonly text: Misconception;
}

export interface TaskResult {
  readonly fn: string;
  readonly title: Text;
  readonly verdict: Verdict;
  readonly points: number;
  readonly maxPoints: number;
  readonly casesPassed: number;
  readonly casesTotal: number;
  readonly failure?: Failure;
  /** Misconceptions whose wrong answer the student's outputs match on every case. */
  readonly hints: readonly Hint[];
}

export interface ExerciseResult {
  readonly id: string;
  readonly title: Text;
  readonly module: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly durationMs: number;
  readonly tasks: readonly TaskResult[];
  /** Set when the exercise could not be graded at all (no suite, broken suite). */
  readonly error?: string;
}

export interface GradeReport {
  readonly seed: number;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly points: number;
  readonly maxPoints: number;
  readonly exercises: readonly ExerciseResult[];
}

function failureOf(
  task: LoadedTask,
  index: number,
  o: Exclude<Outcome, { kind: 'ok' }>,
): { verdict: Verdict; failure: Failure } {
  const c = task.cases[index];
  const base = { caseIndex: index, caseName: c.name, args: c.args };
  switch (o.kind) {
    case 'threw':
      if (o.error.notImplemented !== undefined) {
        if (o.error.notImplemented === task.fn || o.error.notImplemented === '') {
          return { verdict: 'not-attempted', failure: { ...base, kind: 'threw', error: o.error } };
        }
        return {
          verdict: 'crashed',
          failure: {
            ...base,
            kind: 'not-implemented-dependency',
            error: o.error,
            detail: o.error.notImplemented,
          },
        };
      }
      return { verdict: 'crashed', failure: { ...base, kind: 'threw', error: o.error } };
    case 'missing':
      return {
        verdict: 'crashed',
        failure: { ...base, kind: 'missing-export', detail: o.exports.join(', ') },
      };
    case 'mutated':
      return {
        verdict: 'wrong',
        failure: { ...base, kind: 'mutated-input', argument: o.argument, path: o.path },
      };
    case 'timeout':
      return { verdict: 'timed-out', failure: { ...base, kind: 'timeout', timeoutMs: o.ms, phase: o.phase } };
    case 'crash':
      return { verdict: 'crashed', failure: { ...base, kind: 'crash', detail: o.message } };
    case 'load-error':
      if (o.error.notImplemented !== undefined)
        return { verdict: 'not-attempted', failure: { ...base, kind: 'load-error', error: o.error } };
      return { verdict: 'crashed', failure: { ...base, kind: 'load-error', error: o.error } };
  }
}

const isInvalid = (m: Mismatch): boolean => m.reason !== 'value';

function agrees(a: readonly Outcome[], b: readonly Outcome[], task: LoadedTask): boolean {
  if (a.length !== task.cases.length || b.length !== task.cases.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return (
      x.kind === 'ok' &&
      y.kind === 'ok' &&
      compareOutput(x.value, y.value, task.compare, task.keys) === undefined
    );
  });
}

/** The hints for a student's outcomes on a task: wrong answers that differ from the reference and match the student. */
export function matchMisconceptions(oracle: Oracle, task: LoadedTask, outcomes: readonly Outcome[]): Hint[] {
  const expected = oracle.expected[task.fn] ?? [];
  return oracle.wrong
    .filter((w) => w.targets === undefined || w.targets.includes(task.fn))
    .filter((w) => {
      const theirs = w.outputs[task.fn] ?? [];
      return !agrees(theirs, expected, task) && agrees(outcomes, theirs, task);
    })
    .map((w) => ({ slug: w.slug, text: w.misconception }));
}

/** Judges one task from the student's outcomes on its cases. */
export function judgeTask(oracle: Oracle, task: LoadedTask, outcomes: readonly Outcome[]): TaskResult {
  const head = { fn: task.fn, title: task.title, maxPoints: task.points, casesTotal: task.cases.length };
  const expected = oracle.expected[task.fn] ?? [];
  let passed = 0;
  let failed: { verdict: Verdict; failure: Failure } | undefined;
  for (let i = 0; i < task.cases.length && failed === undefined; i++) {
    const o = outcomes[i];
    const e = expected[i];
    const c = task.cases[i];
    if (e === undefined || e.kind !== 'ok' || !isWellFormed(e.value)) {
      failed = {
        verdict: 'crashed',
        failure: {
          kind: 'reference-error',
          caseIndex: i,
          caseName: c.name,
          args: c.args,
          detail: e?.kind ?? 'missing',
        },
      };
    } else if (o === undefined) {
      failed = {
        verdict: 'crashed',
        failure: { kind: 'crash', caseIndex: i, caseName: c.name, args: c.args, detail: 'no outcome' },
      };
    } else if (o.kind !== 'ok') {
      failed = failureOf(task, i, o);
    } else {
      const mismatch = compareOutput(e.value, o.value, task.compare, task.keys);
      if (mismatch === undefined) passed++;
      else
        failed = {
          verdict: 'wrong',
          failure: {
            kind: isInvalid(mismatch) ? 'invalid-output' : 'mismatch',
            caseIndex: i,
            caseName: c.name,
            args: c.args,
            mismatch,
          },
        };
    }
  }
  if (failed === undefined)
    return { ...head, verdict: 'solved', points: task.points, casesPassed: passed, hints: [] };
  const hints = failed.verdict === 'wrong' ? matchMisconceptions(oracle, task, outcomes) : [];
  return { ...head, verdict: failed.verdict, points: 0, casesPassed: passed, failure: failed.failure, hints };
}

export function judgeModule(
  oracle: Oracle,
  outcomes: Readonly<Record<string, readonly Outcome[]>>,
): TaskResult[] {
  return oracle.suite.tasks.map((t) => judgeTask(oracle, t, outcomes[t.fn] ?? []));
}

export interface GradeOptions {
  /** The course folder holding exercises/ and solutions/ (default: found upward from the working directory). */
  readonly root?: string;
  /** Exercise ids to grade (default: all). */
  readonly only?: readonly string[];
  readonly seed?: number;
  /** Default per-case deadline when a suite does not set one, ms. */
  readonly timeoutMs?: number;
  /** Exercises graded at the same time (default: the number of CPUs, at most 4). */
  readonly concurrency?: number;
  readonly sandbox?: SandboxOptions;
  /** Grades another copy of the student's folders: `<studentRoot>/<id>/<module>` (default `<root>/exercises`). */
  readonly studentRoot?: string;
}

export const DEFAULT_SEED = 1;

export function resolveRoot(root: string | undefined): string {
  const found = root ?? findRoot();
  if (found === undefined) throw new Error('no exercises/ folder here or above: pass --root DIR');
  return found;
}

/** Selected exercise ids; throws on an unknown id. */
export function selectExercises(root: string, only: readonly string[] | undefined): string[] {
  const all = listExercises(root);
  if (only === undefined || only.length === 0) return all;
  const unknown = only.filter((id) => !all.includes(id));
  if (unknown.length > 0)
    throw new RangeError(`unknown exercise ${unknown.join(', ')}; known: ${all.join(', ') || '(none)'}`);
  return all.filter((id) => only.includes(id));
}

export async function withSandbox<T>(
  options: SandboxOptions | undefined,
  use: (s: Sandbox) => Promise<T>,
): Promise<T> {
  const sandbox = new Sandbox(options);
  try {
    return await use(sandbox);
  } finally {
    await sandbox.close();
  }
}

export const defaultConcurrency = (): number => Math.max(1, Math.min(4, availableParallelism()));

/** Grades one exercise: the oracle in one worker, the student's module in another. */
export async function gradeExercise(
  paths: ExercisePaths,
  options: GradeOptions = {},
): Promise<ExerciseResult> {
  const t0 = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  let oracle: Oracle;
  try {
    oracle = await withSandbox(options.sandbox, (s) =>
      buildOracle(paths, seed, s, options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    );
  } catch (error) {
    return {
      id: paths.id,
      title: paths.id,
      module: '',
      points: 0,
      maxPoints: 0,
      tasks: [],
      durationMs: performance.now() - t0,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  const file = join(options.studentRoot ?? dirname(paths.exerciseDir), paths.id, oracle.suite.module);
  const tasks = await gradeFile(oracle, file, options.sandbox);
  return summarize(oracle, tasks, performance.now() - t0);
}

/** Grades `file` (a student's module, or any module with the stub's exports) against an oracle. */
export async function gradeFile(
  oracle: Oracle,
  file: string,
  sandbox?: SandboxOptions,
): Promise<TaskResult[]> {
  if (!existsSync(file)) {
    return oracle.suite.tasks.map((t) => ({
      fn: t.fn,
      title: t.title,
      verdict: 'crashed',
      points: 0,
      maxPoints: t.points,
      casesPassed: 0,
      casesTotal: t.cases.length,
      hints: [],
      failure: {
        kind: 'load-error',
        caseIndex: 0,
        caseName: t.cases[0]?.name ?? '',
        args: t.cases[0]?.args ?? [],
        detail: `missing file ${file}`,
      },
    }));
  }
  const outcomes = await withSandbox(sandbox, (s) => runModule(s, oracle.suite, file));
  return judgeModule(oracle, outcomes);
}

export function summarize(oracle: Oracle, tasks: readonly TaskResult[], durationMs: number): ExerciseResult {
  return {
    id: oracle.suite.id,
    title: oracle.suite.title,
    module: oracle.suite.module,
    points: tasks.reduce((s, t) => s + t.points, 0),
    maxPoints: tasks.reduce((s, t) => s + t.maxPoints, 0),
    durationMs,
    tasks,
  };
}

/** Grades every selected exercise, a few at a time. */
export async function grade(options: GradeOptions = {}): Promise<GradeReport> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const root = resolveRoot(options.root);
  const ids = selectExercises(root, options.only);
  const exercises = await mapLimit(ids, options.concurrency ?? defaultConcurrency(), (id) =>
    gradeExercise(exercisePaths(root, id), options),
  );
  return {
    seed: options.seed ?? DEFAULT_SEED,
    startedAt,
    durationMs: performance.now() - t0,
    points: exercises.reduce((s, e) => s + e.points, 0),
    maxPoints: exercises.reduce((s, e) => s + e.maxPoints, 0),
    exercises,
  };
}

export { kindOf };
export type { Plain };
