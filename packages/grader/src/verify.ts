// `bp verify`: every hidden suite against the reference, the untouched stub and each wrong answer.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exercisePaths, listWrongAnswers, type ExercisePaths } from './discover.js';
import {
  defaultConcurrency,
  DEFAULT_SEED,
  gradeFile,
  judgeModule,
  resolveRoot,
  selectExercises,
  withSandbox,
  type GradeOptions,
  type TaskResult,
} from './grade.js';
import { buildOracle, type Oracle } from './oracle.js';
import { mapLimit } from './sandbox.js';
import { DEFAULT_TIMEOUT_MS } from './suite.js';

export interface Check {
  /** 'suite' | 'reference' | 'stub' | `wrong/<slug>` */
  readonly subject: string;
  readonly ok: boolean;
  /** What went wrong (empty when ok). */
  readonly problems: readonly string[];
  readonly tasks?: readonly TaskResult[];
}

export interface ExerciseVerification {
  readonly id: string;
  readonly ok: boolean;
  readonly checks: readonly Check[];
  readonly durationMs: number;
}

const describe = (t: TaskResult): string =>
  `${t.fn}: ${t.verdict}${t.failure === undefined ? '' : ` (${t.failure.kind}${t.failure.detail === undefined ? '' : `: ${t.failure.detail}`}${t.failure.error === undefined ? '' : `: ${t.failure.error.name}: ${t.failure.error.message}`})`}`;

function suiteProblems(oracle: Oracle): string[] {
  const problems: string[] = [];
  const s = oracle.suite;
  if (s.tasks.length === 0) problems.push('the suite has no tasks');
  const seen = new Set<string>();
  for (const t of s.tasks) {
    if (seen.has(t.fn)) problems.push(`task ${t.fn} appears twice`);
    seen.add(t.fn);
    if (!(t.points > 0)) problems.push(`${t.fn}: points must be positive`);
    if (t.cases.length === 0) problems.push(`${t.fn}: no cases`);
    if (typeof t.title === 'string') problems.push(`${t.fn}: title must be { 'pt-BR', en }`);
  }
  if (typeof s.title === 'string') problems.push(`suite title must be { 'pt-BR', en }`);
  if (oracle.wrong.length === 0) problems.push('no wrong answers in wrong/');
  return problems;
}

async function verifyExercise(paths: ExercisePaths, options: GradeOptions): Promise<ExerciseVerification> {
  const t0 = performance.now();
  const checks: Check[] = [];
  const done = (): ExerciseVerification => ({
    id: paths.id,
    ok: checks.every((c) => c.ok),
    checks,
    durationMs: performance.now() - t0,
  });
  if (!existsSync(paths.suiteFile)) {
    checks.push({ subject: 'suite', ok: false, problems: [`missing ${paths.suiteFile}`] });
    return done();
  }
  let oracle: Oracle;
  try {
    oracle = await withSandbox(options.sandbox, (s) =>
      buildOracle(paths, options.seed ?? DEFAULT_SEED, s, options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    );
  } catch (error) {
    checks.push({
      subject: 'suite',
      ok: false,
      problems: [error instanceof Error ? error.message : String(error)],
    });
    return done();
  }
  const sp = suiteProblems(oracle);
  if (oracle.suite.id !== paths.id)
    sp.push(`suite id ${oracle.suite.id} differs from its folder ${paths.id}`);
  checks.push({ subject: 'suite', ok: sp.length === 0, problems: sp });

  // The oracle already holds the reference's and the wrong answers' outcomes: judge them like a student's.
  const refTasks = judgeModule(oracle, oracle.expected);
  const refProblems = refTasks.filter((t) => t.verdict !== 'solved').map(describe);
  checks.push({ subject: 'reference', ok: refProblems.length === 0, problems: refProblems, tasks: refTasks });

  const stub = join(paths.exerciseDir, oracle.suite.module);
  const stubTasks = await gradeFile(oracle, stub, options.sandbox);
  const stubProblems = stubTasks
    .filter((t) => t.verdict !== 'not-attempted')
    .map((t) => `${describe(t)}, expected not-attempted`);
  checks.push({ subject: 'stub', ok: stubProblems.length === 0, problems: stubProblems, tasks: stubTasks });

  for (const { slug } of listWrongAnswers(paths)) {
    const w = oracle.wrong.find((x) => x.slug === slug);
    const tasks = judgeModule(oracle, w?.outputs ?? {});
    const problems: string[] = [];
    if (w === undefined || w.misconception['pt-BR'].trim() === '' || w.misconception.en.trim() === '')
      problems.push('misconception text missing in pt-BR or en');
    const targets = w?.targets ?? tasks.filter((t) => t.verdict !== 'solved').map((t) => t.fn);
    if (targets.length === 0) problems.push('gets every task right: it is not a wrong answer');
    for (const fn of targets) {
      const t = tasks.find((x) => x.fn === fn);
      if (t === undefined) problems.push(`targets ${fn}, which is not a task`);
      else if (t.verdict !== 'wrong') problems.push(`${describe(t)}, expected wrong`);
      else if (!t.hints.some((h) => h.slug === slug))
        problems.push(`${fn}: rejected but its misconception is not attached`);
    }
    for (const t of tasks)
      if (!targets.includes(t.fn) && t.verdict !== 'solved')
        problems.push(`${describe(t)}, not in its targets`);
    checks.push({ subject: `wrong/${slug}`, ok: problems.length === 0, problems, tasks });
  }
  return done();
}

/** Verifies the selected exercises; `ok` when every check of every exercise passes. */
export async function verify(
  options: GradeOptions = {},
): Promise<{ ok: boolean; exercises: ExerciseVerification[]; durationMs: number }> {
  const t0 = performance.now();
  const root = resolveRoot(options.root);
  const ids = selectExercises(root, options.only);
  const exercises = await mapLimit(ids, options.concurrency ?? defaultConcurrency(), (id) =>
    verifyExercise(exercisePaths(root, id), options),
  );
  return { ok: exercises.every((e) => e.ok), exercises, durationMs: performance.now() - t0 };
}
