// `bp grade-class`: every submission of a class, each student with its own seed, each module in a restricted
// process; resumable (a student whose report is on disk with the same seed is not graded again).
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConcurrency, selectExercises, type GradeReport } from '../grade.js';
import { Sandbox, mapLimit } from '../sandbox.js';
import { studentSeed, secretFingerprint } from '../seed.js';
import { toGradescope } from '../report/gradescope.js';
import { toJsonReport } from '../report/json.js';
import type { Lang } from '../text.js';
import { writeFileAtomic } from '../fsutil.js';
import { bundleRunner } from '../isolate/bundle.js';
import type { ProcessSandboxOptions } from '../isolate/process-sandbox.js';
import { gradeSubmission } from './grade-submission.js';
import {
  classSummary,
  feedbackMarkdown,
  gradebookCsv,
  summaryMarkdown,
  type ClassSummary,
  type StudentReport,
} from './reports.js';
import { listSubmissions } from './submissions.js';

export interface ClassOptions {
  /** The teacher's course: exercises/, solutions/ with the references, the engine. */
  readonly root: string;
  readonly submissions: string;
  readonly out: string;
  readonly secret: string;
  readonly lang: Lang;
  /** Exercise ids (default: all). */
  readonly only?: readonly string[];
  /** Grade only these students, even if they were graded before. */
  readonly onlyStudents?: readonly string[];
  /** Grade every student again. */
  readonly force?: boolean;
  readonly timeoutMs?: number;
  /** Students graded at the same time (default: the number of CPUs, at most 4). */
  readonly concurrency?: number;
  readonly process?: Pick<ProcessSandboxOptions, 'memoryMb' | 'outputLimitBytes' | 'loadTimeoutMs' | 'runAs'>;
  /** Called after each student: done/total, and how many were graded (not resumed) in this run. */
  readonly onProgress?: (done: number, total: number, fresh: number) => void;
  readonly onStudent?: (line: StudentLine) => void;
}

export interface StudentLine {
  readonly student: string;
  readonly seed: number;
  readonly points: number;
  readonly maxPoints: number;
  /** True when the report on disk was kept (a resumed run). */
  readonly resumed: boolean;
  readonly durationMs: number;
}

export interface ClassResult {
  readonly graded: number;
  readonly resumed: number;
  readonly students: readonly StudentLine[];
  readonly summary: ClassSummary;
  readonly durationMs: number;
}

interface Manifest {
  readonly schema: 'bp-class/1';
  readonly secret: string;
  readonly exercises: readonly string[];
}

export class ClassRunError extends Error {}

export const studentDir = (out: string, student: string): string => join(out, 'students', student);

function readReport(file: string): StudentReport | undefined {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as StudentReport;
    return r.schema === 'bp-grade/1' && typeof r.student === 'string' ? r : undefined;
  } catch {
    return undefined;
  }
}

/** Grades a class folder into `out`: students/<id>/{report.json, results.json, feedback.md}, gradebook.csv, summary.{md,json}. */
export async function gradeClass(o: ClassOptions): Promise<ClassResult> {
  const t0 = performance.now();
  if (o.secret === '') throw new ClassRunError('the secret must not be empty');
  const ids = selectExercises(o.root, o.only);
  const all = listSubmissions(o.submissions);
  const unknown = (o.onlyStudents ?? []).filter((s) => !all.some((x) => x.id === s));
  if (unknown.length > 0) throw new RangeError(`no submission for student ${unknown.join(', ')}`);
  const chosen =
    o.onlyStudents === undefined || o.onlyStudents.length === 0
      ? all
      : all.filter((s) => o.onlyStudents?.includes(s.id));

  // The out folder belongs to one secret and one set of exercises: mixing them would mix incomparable grades.
  const manifestFile = join(o.out, 'class.json');
  const manifest: Manifest = { schema: 'bp-class/1', secret: secretFingerprint(o.secret), exercises: ids };
  if (existsSync(manifestFile) && o.force !== true) {
    const old = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    if (old.secret !== manifest.secret)
      throw new ClassRunError(
        `${o.out} was graded with another secret: use another --out, or --force to grade everyone again`,
      );
    if (old.exercises.join() !== ids.join())
      throw new ClassRunError(
        `${o.out} was graded with exercises ${old.exercises.join(', ')}: use another --out, or --force`,
      );
  }
  writeFileAtomic(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);

  const forced = o.force === true || (o.onlyStudents !== undefined && o.onlyStudents.length > 0);
  const work = mkdtempSync(join(tmpdir(), 'bp-class-'));
  if (o.process?.runAs !== undefined) chmodSync(work, 0o755); // the students' user reads its bundles there
  const lines: StudentLine[] = [];
  let done = 0;
  let fresh = 0;
  const lanes = Math.max(1, Math.min(o.concurrency ?? defaultConcurrency(), chosen.length));
  const oracles = Array.from({ length: lanes }, () => new Sandbox());
  const free = [...oracles];
  try {
    const runnerFile = join(work, 'runner.mjs');
    await bundleRunner(runnerFile);
    await mapLimit(chosen, lanes, async (sub) => {
      const s0 = performance.now();
      const seed = studentSeed(o.secret, sub.id);
      const dir = studentDir(o.out, sub.id);
      const kept = forced ? undefined : readReport(join(dir, 'report.json'));
      if (
        kept !== undefined &&
        kept.seed === seed &&
        kept.exercises.map((e) => e.id).join() === ids.join() &&
        existsSync(join(dir, 'feedback.md'))
      ) {
        lines.push({
          student: sub.id,
          seed,
          points: kept.points,
          maxPoints: kept.maxPoints,
          resumed: true,
          durationMs: 0,
        });
        o.onStudent?.(lines[lines.length - 1]);
      } else {
        const oracle = free.pop() ?? new Sandbox();
        let report: GradeReport;
        try {
          report = await gradeSubmission({
            courseRoot: o.root,
            ids,
            studentRoot: sub.exercisesDir,
            seed,
            oracleSandbox: oracle,
            workDir: join(work, sub.id),
            runnerFile,
            ...(o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs }),
            ...(o.process === undefined ? {} : { process: o.process }),
          });
        } finally {
          free.push(oracle);
          rmSync(join(work, sub.id), { recursive: true, force: true });
        }
        // report.json last: its presence marks the student as done for a resumed run.
        writeFileAtomic(
          join(dir, 'results.json'),
          `${JSON.stringify(toGradescope(report, o.lang), null, 2)}\n`,
        );
        writeFileAtomic(join(dir, 'feedback.md'), feedbackMarkdown(sub.id, report, o.lang));
        writeFileAtomic(
          join(dir, 'report.json'),
          `${JSON.stringify({ ...toJsonReport(report, o.lang), student: sub.id }, null, 2)}\n`,
        );
        fresh++;
        lines.push({
          student: sub.id,
          seed,
          points: report.points,
          maxPoints: report.maxPoints,
          resumed: false,
          durationMs: performance.now() - s0,
        });
        o.onStudent?.(lines[lines.length - 1]);
      }
      done++;
      o.onProgress?.(done, chosen.length, fresh);
    });
  } finally {
    await Promise.all(oracles.map((s) => s.close()));
    rmSync(work, { recursive: true, force: true });
  }

  // The gradebook and the summary cover every student with a report, graded in this run or before.
  const reports = all.flatMap((s) => {
    const r = readReport(join(studentDir(o.out, s.id), 'report.json'));
    return r === undefined ? [] : [r];
  });
  const summary = classSummary(reports, ids);
  writeFileAtomic(join(o.out, 'gradebook.csv'), gradebookCsv(reports, ids));
  writeFileAtomic(join(o.out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileAtomic(join(o.out, 'summary.md'), summaryMarkdown(summary, o.lang));
  return {
    graded: fresh,
    resumed: lines.filter((l) => l.resumed).length,
    summary,
    durationMs: performance.now() - t0,
    students: [...lines].sort((a, b) => a.student.localeCompare(b.student)),
  };
}
