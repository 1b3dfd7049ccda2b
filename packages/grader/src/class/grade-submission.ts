// Grades one submission with process isolation: the oracle (references, wrong answers) in the trusted worker,
// the student's modules each in a restricted process (isolate/process-sandbox.ts).
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exercisePaths } from '../discover.js';
import { judgeModule, summarize, type ExerciseResult, type GradeReport, type TaskResult } from '../grade.js';
import { buildOracle, runModule, type Oracle } from '../oracle.js';
import type { Sandbox } from '../sandbox.js';
import { DEFAULT_TIMEOUT_MS } from '../suite.js';
import { ProcessSandbox, type ProcessSandboxOptions } from '../isolate/process-sandbox.js';

export interface SubmissionOptions {
  readonly courseRoot: string;
  readonly ids: readonly string[];
  /** The student's exercises folder: `<studentRoot>/<id>/<module>`. */
  readonly studentRoot: string;
  readonly seed: number;
  /** The trusted worker that runs the references (reused across students: modules stay loaded). */
  readonly oracleSandbox: Sandbox;
  /** A private folder for this submission's bundles. */
  readonly workDir: string;
  readonly runnerFile?: string;
  readonly timeoutMs?: number;
  readonly process?: Pick<ProcessSandboxOptions, 'memoryMb' | 'outputLimitBytes' | 'loadTimeoutMs' | 'runAs'>;
}

function missing(oracle: Oracle, file: string): TaskResult[] {
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

/** Grades the submission's modules against the oracles of `seed`; never writes to the submission. */
export async function gradeSubmission(o: SubmissionOptions): Promise<GradeReport> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const exercises: ExerciseResult[] = [];
  for (const id of o.ids) {
    const e0 = performance.now();
    const paths = exercisePaths(o.courseRoot, id);
    let oracle: Oracle;
    try {
      oracle = await buildOracle(paths, o.seed, o.oracleSandbox, o.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    } catch (error) {
      exercises.push({
        id,
        title: id,
        module: '',
        points: 0,
        maxPoints: 0,
        tasks: [],
        durationMs: performance.now() - e0,
        error: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    const file = join(o.studentRoot, id, oracle.suite.module);
    let tasks: TaskResult[];
    if (!existsSync(file)) tasks = missing(oracle, join('exercises', relative(o.studentRoot, file)));
    else {
      const workDir = join(o.workDir, id);
      mkdirSync(workDir, { recursive: true });
      const harnesses = [
        ...new Set(oracle.suite.tasks.flatMap((t) => (t.harness === undefined ? [] : [t.harness]))),
      ];
      const sandbox = new ProcessSandbox({
        courseRoot: o.courseRoot,
        studentRoot: o.studentRoot,
        workDir,
        harnesses,
        ...o.process,
        ...(o.runnerFile === undefined ? {} : { runnerFile: o.runnerFile }),
      });
      try {
        tasks = judgeModule(oracle, await runModule(sandbox, oracle.suite, file));
      } finally {
        await sandbox.close();
      }
    }
    exercises.push(summarize(oracle, tasks, performance.now() - e0));
  }
  return {
    seed: o.seed,
    startedAt,
    durationMs: performance.now() - t0,
    exercises,
    points: exercises.reduce((s, e) => s + e.points, 0),
    maxPoints: exercises.reduce((s, e) => s + e.maxPoints, 0),
  };
}
