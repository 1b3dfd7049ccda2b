// `bp gradescope-run` (called by run_autograder): grades /autograder/submission like `bp grade-class` grades one
// student (restricted process, expected values outside it), as the students' user when running as root.
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gradeSubmission } from '../class/grade-submission.js';
import { lookupUser } from '../class/submissions.js';
import { exercisePaths } from '../discover.js';
import { writeFileAtomic } from '../fsutil.js';
import { bundleRunner } from '../isolate/bundle.js';
import { readOracle } from '../oracle.js';
import { toGradescope } from '../report/gradescope.js';
import { Sandbox } from '../sandbox.js';
import { studentSeed } from '../seed.js';
import type { AutograderConfig } from './bundle.js';

export interface AutograderOptions {
  readonly root: string;
  readonly submission: string;
  readonly results: string;
  readonly config: string;
  /** Gradescope's submission_metadata.json: the student's id for the seed. */
  readonly metadata?: string;
}

/** The student's id in Gradescope's metadata: the first user's email, else its id. */
function studentOf(metadata: string | undefined): string | undefined {
  if (metadata === undefined || !existsSync(metadata)) return undefined;
  try {
    const m = JSON.parse(readFileSync(metadata, 'utf8')) as { users?: { email?: unknown; id?: unknown }[] };
    const u = m.users?.[0];
    const id = u?.email ?? u?.id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The student's files, wherever the submission put them (a copy of the course, the exercise folders, or just the
 * module files), staged as `<stage>/<id>/<module>`: a folder the students' user can read. The submission is not modified.
 */
function stage(submission: string, root: string, ids: readonly string[], dir: string): void {
  const top = existsSync(join(submission, 'exercises')) ? join(submission, 'exercises') : submission;
  for (const id of ids) {
    const from = join(top, id);
    if (existsSync(from) && statSync(from).isDirectory()) {
      cpSync(from, join(dir, id), { recursive: true, filter: (p) => !p.includes('node_modules') });
      continue;
    }
    // A flat upload: the module file at the top (its name comes from the recorded or live suite).
    const module = moduleOf(root, id);
    if (module !== undefined && existsSync(join(submission, module))) {
      mkdirSync(join(dir, id), { recursive: true });
      cpSync(join(submission, module), join(dir, id, module));
    }
  }
}

function moduleOf(root: string, id: string): string | undefined {
  const paths = exercisePaths(root, id);
  if (existsSync(paths.expectedFile)) {
    try {
      return readOracle(
        paths,
        Number(
          Object.keys((JSON.parse(readFileSync(paths.expectedFile, 'utf8')) as { seeds: object }).seeds)[0],
        ),
      ).suite.module;
    } catch {
      /* fall through */
    }
  }
  const stub = existsSync(paths.exerciseDir)
    ? readdirSync(paths.exerciseDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    : [];
  return stub.length === 1 ? stub[0] : undefined;
}

const chmodTree = (dir: string): void => {
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) chmodTree(p);
    else chmodSync(p, 0o644);
  }
};

export async function runAutograder(
  o: AutograderOptions,
): Promise<{ student?: string; seed: number; points: number; maxPoints: number; runAs?: string }> {
  const config = JSON.parse(readFileSync(o.config, 'utf8')) as AutograderConfig;
  const student = studentOf(o.metadata);
  const seed =
    config.secret === undefined ? (config.seed ?? 1) : studentSeed(config.secret, student ?? 'anonymous');
  const notes: string[] = [];
  let runAs: { uid: number; gid: number } | undefined;
  const user = process.env.BP_STUDENT_USER ?? config.studentUser;
  if (process.getuid?.() === 0) {
    runAs = lookupUser(user);
    if (runAs === undefined)
      notes.push(`warning: no user ${user}; the submission ran as root (with the permission model only)`);
  }
  const work = mkdtempSync(join(tmpdir(), 'bp-autograder-'));
  const oracle = new Sandbox();
  try {
    const studentRoot = join(work, 'submission');
    mkdirSync(studentRoot);
    stage(o.submission, o.root, config.exercises, studentRoot);
    chmodTree(work);
    const runnerFile = join(work, 'runner.mjs');
    await bundleRunner(runnerFile);
    const report = await gradeSubmission({
      courseRoot: o.root,
      ids: config.exercises,
      studentRoot,
      seed,
      oracleSandbox: oracle,
      workDir: join(work, 'bundles'),
      runnerFile,
      timeoutMs: config.timeoutMs,
      process: { memoryMb: config.memoryMb, ...(runAs === undefined ? {} : { runAs }) },
    });
    const results = toGradescope(report, config.lang);
    const head =
      config.lang === 'en' ? `Random cases from seed ${seed}.` : `Casos aleatórios da semente ${seed}.`;
    writeFileAtomic(
      o.results,
      `${JSON.stringify({ ...results, output: [head, ...notes, results.output].filter((s) => s !== '').join('\n') }, null, 2)}\n`,
    );
    return {
      ...(student === undefined ? {} : { student }),
      seed,
      points: report.points,
      maxPoints: report.maxPoints,
      ...(runAs === undefined ? {} : { runAs: user }),
    };
  } finally {
    await oracle.close();
    rmSync(work, { recursive: true, force: true });
  }
}
