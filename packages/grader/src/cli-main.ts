// The `bp` command: argument parsing and dispatch; returns the exit code instead of exiting (tests call it).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { grade, type GradeOptions } from './grade.js';
import { verify } from './verify.js';
import { toJsonReport } from './report/json.js';
import { toGradescope } from './report/gradescope.js';
import { toJUnit } from './report/junit.js';
import { formatSeconds, renderTable, useColor } from './report/table.js';
import { resolveLang, type Lang } from './text.js';
import { ClassRunError } from './class/grade-class.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color?: boolean;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export const USAGE = `usage:
  bp grade  [--only ID]... [--json FILE] [--gradescope FILE] [--junit FILE] [--submission DIR]
            [--lang pt-BR|en] [--seed N] [--root DIR] [--timeout MS]
  bp verify [--only ID]... [--seed N] [--root DIR] [--timeout MS]
  bp new ID [--module FILE.ts] [--root DIR]
  bp release --out DIR [--only ID]... [--seed N[,N…]] [--root DIR] [--timeout MS]
  bp grade-class SUBMISSIONS --secret S --out DIR [--only ID]... [--only-student X]... [--lang L]
            [--timeout MS] [--memory MB] [--jobs N] [--force] [--run-as USER] [--root DIR]
  bp gradescope --out FILE.zip [--only ID]... [--secret S | --seed N] [--lang L] [--timeout MS]
            [--memory MB] [--root DIR]

  grade        grades exercises/ (the student's files) with the hidden suites in solutions/;
               prints a table and exits 0 whatever the grade (it is a report)
  verify       checks every hidden suite: the reference gets full marks, each untouched stub is
               "not attempted", each wrong answer is rejected with its misconception; exits 1 if not
  new          scaffolds exercises/ID and solutions/ID (statement, stub, examples, reference, suite,
               a wrong answer) that pass bp verify at once
  release      writes the student copy to DIR: no reference solutions, expected outputs recorded
  grade-class  grades every submission folder in SUBMISSIONS, each in its own restricted process,
               with a seed per student derived from the secret; resumable
  gradescope   writes a Gradescope autograder bundle (setup.sh, run_autograder, the course)
  --only ID      one exercise (repeatable, or comma-separated)
  --root DIR     the course folder holding exercises/ and solutions/ (default: found upward)
  --lang L       language of the report (default: BP_LANG, then pt-BR)
  --seed N       seed of the random cases (default 1); release: the seeds to record
  --timeout MS   per-call deadline for suites that set none (default 2000)
  --submission DIR  grade DIR's exercises (DIR/exercises/<id> or DIR/<id>) instead of the course's
  --secret S     class secret (or BP_SECRET); a student's seed is HMAC-SHA256(S, student id)
  --only-student X  grade only student X again (repeatable); prints the student's seed
  --memory MB    heap limit of a student's process (default 256)
  --jobs N       students graded at the same time (default: CPUs, at most 4)
  --run-as USER  when running as root, run the students' code as USER
`;

class UsageError extends Error {}

const OPTIONS = {
  only: { type: 'string', multiple: true },
  json: { type: 'string' },
  gradescope: { type: 'string' },
  junit: { type: 'string' },
  lang: { type: 'string' },
  seed: { type: 'string' },
  root: { type: 'string' },
  timeout: { type: 'string' },
  submission: { type: 'string' },
  module: { type: 'string' },
  out: { type: 'string' },
  secret: { type: 'string' },
  'only-student': { type: 'string', multiple: true },
  memory: { type: 'string' },
  jobs: { type: 'string' },
  force: { type: 'boolean' },
  'run-as': { type: 'string' },
  results: { type: 'string' },
  config: { type: 'string' },
  metadata: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>
>['values'];

/** Which options each command accepts (besides --help). */
const ALLOWED: Record<string, readonly (keyof typeof OPTIONS)[]> = {
  grade: ['only', 'json', 'gradescope', 'junit', 'lang', 'seed', 'root', 'timeout', 'submission'],
  verify: ['only', 'seed', 'root', 'timeout'],
  new: ['root', 'module'],
  release: ['out', 'only', 'seed', 'root', 'timeout'],
  'grade-class': [
    'secret',
    'out',
    'only',
    'only-student',
    'lang',
    'timeout',
    'memory',
    'jobs',
    'force',
    'run-as',
    'root',
  ],
  gradescope: ['out', 'only', 'secret', 'seed', 'lang', 'timeout', 'memory', 'root'],
  'gradescope-run': ['root', 'submission', 'results', 'config', 'metadata'],
};
const POSITIONALS: Record<string, number> = { new: 1, 'grade-class': 1 };

function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${value}"`);
  return n;
}

function write(file: string, text: string, cwd: string): void {
  const path = resolve(cwd, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const splitList = (list: readonly string[] | undefined): string[] | undefined =>
  list
    ?.flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');

export async function main(
  argv: readonly string[],
  io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`bp: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help === true || command === 'help' || command === undefined) {
    (command === undefined && values.help !== true ? io.err : io.out)(USAGE);
    return command === undefined && values.help !== true ? 2 : 0;
  }
  try {
    const allowed = ALLOWED[command];
    if (allowed === undefined) throw new UsageError(`unknown command "${command}"`);
    const args = positionals.slice(1);
    if (args.length > (POSITIONALS[command] ?? 0))
      throw new UsageError(`unexpected argument "${args[POSITIONALS[command] ?? 0]}"`);
    if (args.length < (POSITIONALS[command] ?? 0))
      throw new UsageError(
        `bp ${command} needs ${command === 'new' ? 'an exercise id' : 'the submissions folder'}`,
      );
    for (const key of Object.keys(values) as (keyof typeof OPTIONS)[]) {
      if (key !== 'help' && !allowed.includes(key))
        throw new UsageError(`--${key} is not an option of bp ${command}`);
    }
    let lang;
    try {
      lang = resolveLang(values.lang, env);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const timeoutMs = integer('timeout', values.timeout, 1);
    const only = splitList(values.only);
    const explicitRoot = values.root === undefined ? undefined : resolve(cwd, values.root);
    const root = async (): Promise<string> => {
      if (explicitRoot !== undefined) return explicitRoot;
      const { findRoot } = await import('./discover.js');
      const found = findRoot(cwd);
      if (found === undefined) throw new UsageError('no exercises/ folder here or above: pass --root DIR');
      return found;
    };
    switch (command) {
      case 'new':
        return await commandNew(args[0], values, await root(), io);
      case 'release':
        return await commandRelease(values, await root(), cwd, only, timeoutMs, io);
      case 'grade-class':
        return await commandGradeClass(
          resolve(cwd, args[0]),
          values,
          await root(),
          cwd,
          env,
          lang,
          only,
          timeoutMs,
          io,
        );
      case 'gradescope':
        return await commandGradescope(values, await root(), cwd, env, lang, only, timeoutMs, io);
      case 'gradescope-run':
        return await commandGradescopeRun(values, cwd, io);
    }
    const seed = integer('seed', values.seed, 0);
    const options: GradeOptions = {
      root: await root(),
      ...(only === undefined ? {} : { only }),
      ...(seed === undefined ? {} : { seed }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    };
    if (command === 'verify') {
      const result = await verifyOrUsage(options);
      for (const e of result.exercises) {
        io.out(`${e.ok ? '✔' : '✘'} ${e.id} (${formatSeconds(e.durationMs)})\n`);
        for (const c of e.checks) {
          io.out(`    ${c.ok ? '✔' : '✘'} ${c.subject}\n`);
          for (const p of c.problems) io.out(`        ${p}\n`);
        }
      }
      io.out(
        `${result.ok ? 'verify: ok' : 'verify: FAILED'} (${result.exercises.length} exercises, ${formatSeconds(result.durationMs)})\n`,
      );
      return result.ok ? 0 : 1;
    }
    if (values.submission !== undefined) {
      const dir = resolve(cwd, values.submission);
      if (!existsSync(dir)) throw new UsageError(`no submission folder ${dir}`);
      Object.assign(options, {
        studentRoot: existsSync(join(dir, 'exercises')) ? join(dir, 'exercises') : dir,
      });
    }
    const report = await gradeOrUsage(options);
    io.out(renderTable(report, lang, io.color ?? useColor()));
    if (values.json !== undefined)
      write(values.json, `${JSON.stringify(toJsonReport(report, lang), null, 2)}\n`, cwd);
    if (values.gradescope !== undefined)
      write(values.gradescope, `${JSON.stringify(toGradescope(report, lang), null, 2)}\n`, cwd);
    if (values.junit !== undefined) write(values.junit, toJUnit(report, lang), cwd);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof RangeError || error instanceof ClassRunError) {
      io.err(`bp: ${error.message}\n${error instanceof UsageError ? `\n${USAGE}` : ''}`);
      return 2;
    }
    const plain = error instanceof Error && error.name === 'ReleaseError';
    io.err(
      `bp: ${error instanceof Error ? (plain ? error.message : (error.stack ?? error.message)) : String(error)}\n`,
    );
    return 1;
  }
}

async function commandNew(id: string, values: Values, root: string, io: Io): Promise<number> {
  const { scaffoldExercise } = await import('./scaffold.js');
  const created = scaffoldExercise({
    root,
    id,
    ...(values.module === undefined ? {} : { module: values.module }),
  });
  for (const f of created.files) io.out(`  + ${f}\n`);
  io.out(
    `\n${id}: created. Next: edit the statement, the stub, the reference, the suite and the wrong answer, then\n  bp verify --only ${id}\n`,
  );
  return 0;
}

async function commandRelease(
  values: Values,
  root: string,
  cwd: string,
  only: string[] | undefined,
  timeoutMs: number | undefined,
  io: Io,
): Promise<number> {
  if (values.out === undefined) throw new UsageError('bp release needs --out DIR');
  const seeds =
    values.seed === undefined
      ? undefined
      : values.seed.split(',').map((s) => integer('seed', s.trim(), 0) ?? 1);
  const { release } = await import('./release.js');
  const result = await release({
    root,
    out: resolve(cwd, values.out),
    ...(only === undefined ? {} : { only }),
    ...(seeds === undefined ? {} : { seeds }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  io.out(
    `release: ${result.exercises.length} exercises, seeds ${result.seeds.join(', ')}, ${result.files} files → ${result.out}\n`,
  );
  for (const e of result.exercises) io.out(`  ${e}\n`);
  io.out(
    `excluded packages: ${result.excludedPackages.join(', ') || '(none)'}; no reference or wrong answer source found in the copy\n`,
  );
  return 0;
}

function secretOf(values: Values, env: NodeJS.ProcessEnv): string | undefined {
  const s = values.secret ?? env.BP_SECRET;
  return s === undefined || s === '' ? undefined : s;
}

async function commandGradeClass(
  submissions: string,
  values: Values,
  root: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  lang: Lang,
  only: string[] | undefined,
  timeoutMs: number | undefined,
  io: Io,
): Promise<number> {
  const secret = secretOf(values, env);
  if (secret === undefined) throw new UsageError('bp grade-class needs --secret S (or BP_SECRET)');
  if (values.out === undefined) throw new UsageError('bp grade-class needs --out DIR');
  const { gradeClass } = await import('./class/grade-class.js');
  const { createProgress } = await import('./class/progress.js');
  const { lookupUser } = await import('./class/submissions.js');
  const memoryMb = integer('memory', values.memory, 16);
  const concurrency = integer('jobs', values.jobs, 1);
  let runAs;
  if (values['run-as'] !== undefined) {
    runAs = lookupUser(values['run-as']);
    if (runAs === undefined) throw new UsageError(`no user ${values['run-as']}`);
    if (process.getuid?.() !== 0) throw new UsageError('--run-as needs root');
  }
  const onlyStudents = splitList(values['only-student']);
  let progress: ReturnType<typeof createProgress> | undefined;
  const out = resolve(cwd, values.out);
  const result = await gradeClass({
    root,
    submissions,
    out,
    secret,
    lang,
    ...(only === undefined ? {} : { only }),
    ...(onlyStudents === undefined ? {} : { onlyStudents }),
    ...(values.force === true ? { force: true } : {}),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(concurrency === undefined ? {} : { concurrency }),
    process: { ...(memoryMb === undefined ? {} : { memoryMb }), ...(runAs === undefined ? {} : { runAs }) },
    onProgress: (done, total, fresh) => {
      progress ??= createProgress(total);
      progress.update(done, fresh);
    },
    onStudent: (l) => {
      progress?.finish();
      io.out(
        `${l.resumed ? '↷' : '✔'} ${l.student}  seed ${l.seed}  ${l.points}/${l.maxPoints}${l.resumed ? '  (already graded)' : `  (${formatSeconds(l.durationMs)})`}\n`,
      );
    },
  });
  progress?.finish();
  io.out(
    `grade-class: ${result.graded} graded, ${result.resumed} already graded, ${formatSeconds(result.durationMs)} → ${out}/gradebook.csv, summary.md, students/<id>/\n`,
  );
  return 0;
}

async function commandGradescope(
  values: Values,
  root: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  lang: Lang,
  only: string[] | undefined,
  timeoutMs: number | undefined,
  io: Io,
): Promise<number> {
  if (values.out === undefined) throw new UsageError('bp gradescope needs --out FILE.zip');
  const secret = secretOf(values, env);
  const seed = integer('seed', values.seed, 0);
  if (secret !== undefined && seed !== undefined)
    throw new UsageError('--secret and --seed exclude each other');
  const memoryMb = integer('memory', values.memory, 16);
  const { writeGradescopeBundle } = await import('./gradescope/bundle.js');
  const r = await writeGradescopeBundle({
    root,
    out: resolve(cwd, values.out),
    lang,
    ...(only === undefined ? {} : { only }),
    ...(secret === undefined ? {} : { secret }),
    ...(seed === undefined ? {} : { seed }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(memoryMb === undefined ? {} : { memoryMb }),
  });
  io.out(
    `gradescope: ${r.exercises.join(', ')} (${r.files} files, ${Math.round(r.bytes / 1024)} KiB) → ${r.out}\n`,
  );
  return 0;
}

async function commandGradescopeRun(values: Values, cwd: string, io: Io): Promise<number> {
  for (const k of ['root', 'submission', 'results', 'config'] as const)
    if (values[k] === undefined) throw new UsageError(`bp gradescope-run needs --${k}`);
  const { runAutograder } = await import('./gradescope/run.js');
  const r = await runAutograder({
    root: resolve(cwd, values.root ?? ''),
    submission: resolve(cwd, values.submission ?? ''),
    results: resolve(cwd, values.results ?? ''),
    config: resolve(cwd, values.config ?? ''),
    ...(values.metadata === undefined ? {} : { metadata: resolve(cwd, values.metadata) }),
  });
  io.out(
    `${r.student ?? 'submission'}: ${r.points}/${r.maxPoints} (seed ${r.seed}${r.runAs === undefined ? ', as the current user' : `, student code as ${r.runAs}`})\n`,
  );
  return 0;
}

// An unknown --only is the user's mistake, not the grader's.
async function gradeOrUsage(options: GradeOptions): ReturnType<typeof grade> {
  try {
    return await grade(options);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

async function verifyOrUsage(options: GradeOptions): ReturnType<typeof verify> {
  try {
    return await verify(options);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}
