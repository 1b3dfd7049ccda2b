// The `bp` command: argument parsing and dispatch; returns the exit code instead of exiting (tests call it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { grade, type GradeOptions } from './grade.js';
import { verify } from './verify.js';
import { toJsonReport } from './report/json.js';
import { toGradescope } from './report/gradescope.js';
import { toJUnit } from './report/junit.js';
import { formatSeconds, renderTable, useColor } from './report/table.js';
import { resolveLang } from './text.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color?: boolean;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export const USAGE = `usage:
  bp grade  [--only ID]... [--json FILE] [--gradescope FILE] [--junit FILE]
            [--lang pt-BR|en] [--seed N] [--root DIR] [--timeout MS]
  bp verify [--only ID]... [--seed N] [--root DIR] [--timeout MS]

  grade   grades exercises/ (the student's files) with the hidden suites in solutions/;
          prints a table and exits 0 whatever the grade (it is a report)
  verify  checks every hidden suite: the reference gets full marks, each untouched stub is
          "not attempted", each wrong answer is rejected with its misconception; exits 1 if not
  --only ID      one exercise (repeatable, or comma-separated)
  --root DIR     the course folder holding exercises/ and solutions/ (default: found upward)
  --lang L       language of the report (default: BP_LANG, then pt-BR)
  --seed N       seed of the random cases (default 1)
  --timeout MS   per-call deadline for suites that set none (default 2000)
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
  help: { type: 'boolean', short: 'h' },
} as const;

function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${value}"`);
  return n;
}

function write(file: string, text: string, cwd: string): void {
  const path = resolve(cwd, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export async function main(argv: readonly string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
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
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    if (command !== 'grade' && command !== 'verify') throw new UsageError(`unknown command "${command}"`);
    let lang;
    try {
      lang = resolveLang(values.lang, io.env ?? process.env);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const seed = integer('seed', values.seed, 0);
    const timeoutMs = integer('timeout', values.timeout, 1);
    const options: GradeOptions = {
      ...(values.root === undefined ? {} : { root: resolve(cwd, values.root) }),
      ...(values.only === undefined ? {} : { only: values.only.flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '') }),
      ...(seed === undefined ? {} : { seed }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    };
    if (options.root === undefined) {
      const { findRoot } = await import('./discover.js');
      const root = findRoot(cwd);
      if (root === undefined) throw new UsageError('no exercises/ folder here or above: pass --root DIR');
      Object.assign(options, { root });
    }
    if (command === 'verify') {
      for (const flag of ['json', 'gradescope', 'junit'] as const) if (values[flag] !== undefined) throw new UsageError(`--${flag} is for bp grade`);
      const result = await verifyOrUsage(options);
      for (const e of result.exercises) {
        io.out(`${e.ok ? '✔' : '✘'} ${e.id} (${formatSeconds(e.durationMs)})\n`);
        for (const c of e.checks) {
          io.out(`    ${c.ok ? '✔' : '✘'} ${c.subject}\n`);
          for (const p of c.problems) io.out(`        ${p}\n`);
        }
      }
      io.out(`${result.ok ? 'verify: ok' : 'verify: FAILED'} (${result.exercises.length} exercises, ${formatSeconds(result.durationMs)})\n`);
      return result.ok ? 0 : 1;
    }
    const report = await gradeOrUsage(options);
    io.out(renderTable(report, lang, io.color ?? useColor()));
    if (values.json !== undefined) write(values.json, `${JSON.stringify(toJsonReport(report, lang), null, 2)}\n`, cwd);
    if (values.gradescope !== undefined) write(values.gradescope, `${JSON.stringify(toGradescope(report, lang), null, 2)}\n`, cwd);
    if (values.junit !== undefined) write(values.junit, toJUnit(report, lang), cwd);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`bp: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`bp: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
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
