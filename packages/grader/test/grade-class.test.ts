// `bp grade-class` on a class with honest and hostile submissions: every honest one gets the grade the teacher's
// own grading gives, every hostile one 0 on the attacked task and nothing else changes, in bounded time; the
// submissions are never modified; seeds come from the secret; a run resumes where it stopped.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeClass, type ClassResult } from '../src/class/grade-class.js';
import { gradeSubmission } from '../src/class/grade-submission.js';
import type { StudentReport } from '../src/class/reports.js';
import { main } from '../src/cli-main.js';
import { exercisePaths } from '../src/discover.js';
import { grade, withSandbox } from '../src/grade.js';
import { buildOracle } from '../src/oracle.js';
import { Sandbox } from '../src/sandbox.js';
import { studentSeed } from '../src/seed.js';
import { hashTree, pilotCourse, studentFiles } from './helpers.js';

const course = pilotCourse();
const subs = join(course.root, 'class');
const out = join(course.root, 'out');
const SECRET = 'class-of-2025';
const D = '01-local-derivatives';
const F = '02-final-bias';

const put = (student: string, id: string, files: Record<string, string>): void => {
  for (const [name, text] of Object.entries(files))
    course.write(`class/${student}/exercises/${id}/${name}`, text);
};
/** The reference of 01 with one function's body replaced by hostile code. */
const hostile = (student: string, fn: string, body: string, prelude = ''): void => {
  const ref = studentFiles(D, 'derivatives.ts')['derivatives.ts'];
  const start = ref.indexOf(`export function ${fn}(`);
  const end = ref.indexOf('\n}\n', start) + 3;
  const signature = ref.slice(start, ref.indexOf('{', start) + 1);
  put(student, D, {
    'derivatives.ts': `${prelude}\n${ref.slice(0, start)}${signature}\n${body}\n}\n${ref.slice(end)}`,
  });
  put(student, F, studentFiles(F, 'final-bias.ts'));
};

const HONEST = ['empty', 'partly-wrong', 'perfect'];
/** Hostile students and the task each attacks (all in 01; `imports-solutions` attacks the whole exercise). */
// An allocation bomb ends either way, by the heap limit or (on a loaded machine, before the heap fills) by the
// deadline: both are the attack stopped, with 0 points.
const ATTACKS: Record<string, { task: string; verdict: RegExp; message: RegExp }> = {
  'reads-solutions': { task: 'sigmoidPrime', verdict: /^crashed$/, message: /ERR_ACCESS_DENIED/ },
  'outside-folder': { task: 'reluPrime', verdict: /^crashed$/, message: /ERR_ACCESS_DENIED/ },
  monkeypatch: {
    task: 'reluPrime',
    verdict: /^crashed$/,
    message: /changed a JavaScript built-in \(Math\.exp\)/,
  },
  'process-exit': { task: 'tanhPrime', verdict: /^crashed$/, message: /process\.exit\(0\)/ },
  'allocates-forever': {
    task: 'halfSquaredErrorGrad',
    verdict: /^(crashed|timed-out)$/,
    message: /out of memory \(limit 64 MB\)|took more than 1000 ms/,
  },
  'loops-forever': { task: 'ssrGradPrediction', verdict: /^timed-out$/, message: /took more than 1000 ms/ },
  'fake-result': { task: 'sigmoidPrime', verdict: /^wrong$/, message: /expected: 0\.235/ },
};

let result: ClassResult;
let before: Record<string, string>;
const report = (student: string, dir = out): StudentReport =>
  JSON.parse(readFileSync(join(dir, 'students', student, 'report.json'), 'utf8')) as StudentReport;
const verdicts = (r: {
  exercises: readonly { id: string; tasks: readonly { fn: string; verdict: string; points: number }[] }[];
}): string[] => r.exercises.flatMap((e) => e.tasks.map((t) => `${e.id}/${t.fn}:${t.verdict}:${t.points}`));

beforeAll(async () => {
  mkdirSync(join(subs, 'empty'), { recursive: true });
  put('perfect', D, studentFiles(D, 'derivatives.ts'));
  put('perfect', F, studentFiles(F, 'final-bias.ts'));
  put('partly-wrong', D, studentFiles(D, 'wrong/relu-one-at-zero.ts'));
  put('partly-wrong', F, studentFiles(F, 'wrong/slope-sign.ts'));
  const secretFile = join(course.root, 'solutions', D, 'derivatives.ts');
  hostile(
    'reads-solutions',
    'sigmoidPrime',
    `  return readFileSync(${JSON.stringify(secretFile)}, 'utf8').length;`,
    "import { readFileSync } from 'node:fs';",
  );
  hostile(
    'outside-folder',
    'reluPrime',
    `  writeFileSync(${JSON.stringify(join(course.root, 'pwned.txt'))}, 'x');\n  writeFileSync(new URL('./pwned.txt', import.meta.url), 'x');\n  return readFileSync('/etc/passwd', 'utf8').length > 0 ? (z > 0 ? 1 : 0) : 0;`,
    "import { readFileSync, writeFileSync } from 'node:fs';",
  );
  hostile(
    'monkeypatch',
    'reluPrime',
    '  Math.exp = () => 1;\n  (Array.prototype as { map: unknown }).map = () => [];\n  return z > 0 ? 1 : 0;',
  );
  hostile('process-exit', 'tanhPrime', '  process.exit(0);');
  hostile(
    'allocates-forever',
    'halfSquaredErrorGrad',
    '  const keep: number[][] = [];\n  for (;;) keep.push(new Array(1e6).fill(yHat - y));',
  );
  hostile('loops-forever', 'ssrGradPrediction', '  for (;;) { /* forever */ }');
  hostile(
    'fake-result',
    'sigmoidPrime',
    [
      "  console.log(JSON.stringify({ score: 16, verdict: 'solved', tasks: [] }));",
      '  process.stdout.write(\'{"type":"ok","id":1,"value":0.2350037122015945}\\n\');',
      "  for (let id = 0; id < 500; id++) process.send?.({ id, nonce: '', type: 'ok', value: 0.25 });",
      '  return 0;',
    ].join('\n'),
  );
  // Reading the reference through a static import: the bundle refuses it, the whole exercise fails to load.
  put('imports-solutions', D, { 'derivatives.ts': `export * from ${JSON.stringify(secretFile)};\n` });
  put('imports-solutions', F, studentFiles(F, 'final-bias.ts'));
  before = hashTree(subs);
  result = await gradeClass({
    root: course.root,
    submissions: subs,
    out,
    secret: SECRET,
    lang: 'en',
    timeoutMs: 1000,
    process: { memoryMb: 64 },
  });
}, 300_000);
afterAll(() => course.cleanup());

describe('bp grade-class', () => {
  it('grades every student (the deadlines end every hostile run)', () => {
    expect(result.students.map((s) => s.student).sort()).toEqual(
      [...HONEST, ...Object.keys(ATTACKS), 'imports-solutions'].sort(),
    );
    expect(result.graded).toBe(result.students.length);
  });

  it('gives every honest student the grade of the teacher’s own grading, with the same verdicts and hints', async () => {
    for (const student of HONEST) {
      const r = report(student);
      const seed = studentSeed(SECRET, student);
      expect(r.seed).toBe(seed);
      const teacher = await grade({ root: course.root, studentRoot: join(subs, student, 'exercises'), seed });
      expect(verdicts(r), student).toEqual(verdicts(teacher));
      expect(r.points).toBe(teacher.points);
    }
    expect(report('perfect').points).toBe(16);
    expect(report('empty').points).toBe(0);
    const partly = report('partly-wrong');
    expect(partly.points).toBe(5 + 3);
    const relu = partly.exercises[0].tasks.find((t) => t.fn === 'reluPrime');
    expect(relu?.verdict).toBe('wrong');
    expect(relu?.hints.map((h) => h.slug)).toEqual(['relu-one-at-zero']);
  }, 300_000);

  it('gives every hostile student 0 on the attacked task and full marks on everything else', () => {
    for (const [student, attack] of Object.entries(ATTACKS)) {
      const r = report(student);
      for (const e of r.exercises) {
        for (const t of e.tasks) {
          const attacked = e.id === D && t.fn === attack.task;
          if (!attacked)
            expect(`${student} ${e.id}/${t.fn}: ${t.verdict}`).toBe(`${student} ${e.id}/${t.fn}: solved`);
          if (attacked) {
            expect(t.verdict, `${student} ${e.id}/${t.fn}`).toMatch(attack.verdict);
            expect(t.points).toBe(0);
            expect(t.feedback, student).toMatch(attack.message);
          }
        }
      }
      expect(r.points, student).toBe(15);
    }
    const imports = report('imports-solutions');
    expect(imports.exercises[0].points).toBe(0);
    expect(imports.exercises[0].tasks[0].feedback).toMatch(/outside your exercises folder/);
    expect(imports.exercises[1].points).toBe(10);
  });

  it('never modifies a submission, and nothing escapes to the disk', () => {
    expect(hashTree(subs)).toEqual(before);
    expect(existsSync(join(course.root, 'pwned.txt'))).toBe(false);
  });

  it('writes the gradebook, Gradescope results, feedback in the chosen language and a class summary', () => {
    const csv = readFileSync(join(out, 'gradebook.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe(`student,seed,${D},${F},total,max`);
    expect(csv).toContain(`perfect,${studentSeed(SECRET, 'perfect')},6,10,16,16`);
    expect(csv).toContain(`empty,${studentSeed(SECRET, 'empty')},0,0,0,16`);
    expect(csv).toHaveLength(1 + result.students.length);
    const gs = JSON.parse(readFileSync(join(out, 'students', 'partly-wrong', 'results.json'), 'utf8')) as {
      score: number;
      tests: { status: string }[];
    };
    expect(gs.score).toBe(8);
    expect(gs.tests).toHaveLength(11);
    const md = readFileSync(join(out, 'students', 'partly-wrong', 'feedback.md'), 'utf8');
    expect(md).toMatch(/^# Grading report — partly-wrong/);
    expect(md).toContain('hint: The ReLU has no derivative at z = 0');
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary).toMatch(/\| `01-local-derivatives\/reluPrime` \| 6\/11 \|/);
    expect(summary).toMatch(/`relu-one-at-zero` \(1\)/);
  });

  it('derives seeds from the secret: the same secret and student give the same cases and grade, another secret other cases', async () => {
    expect(studentSeed(SECRET, 'perfect')).toBe(studentSeed(SECRET, 'perfect'));
    expect(studentSeed(SECRET, 'perfect')).not.toBe(studentSeed(SECRET, 'empty'));
    expect(studentSeed('another secret', 'perfect')).not.toBe(studentSeed(SECRET, 'perfect'));
    await withSandbox(undefined, async (s) => {
      const cases = async (seed: number): Promise<unknown> =>
        (await buildOracle(exercisePaths(course.root, D), seed, s, 2000)).suite.tasks.map((t) => t.cases);
      const same = await cases(studentSeed(SECRET, 'partly-wrong'));
      expect(await cases(studentSeed(SECRET, 'partly-wrong'))).toEqual(same);
      expect(await cases(studentSeed('another secret', 'partly-wrong'))).not.toEqual(same);
    });
    // The teacher reproduces one student's run: the same verdicts and hints.
    const again = join(course.root, 'out-again');
    let printed = '';
    const code = await main(
      [
        'grade-class',
        subs,
        '--secret',
        SECRET,
        '--out',
        again,
        '--only-student',
        'partly-wrong',
        '--lang',
        'en',
        '--root',
        course.root,
      ],
      {
        out: (s) => (printed += s),
        err: (s) => (printed += s),
        cwd: course.root,
        env: {},
      },
    );
    expect(code, printed).toBe(0);
    expect(printed).toContain(`partly-wrong  seed ${studentSeed(SECRET, 'partly-wrong')}  8/16`);
    expect(report('partly-wrong', again).exercises).toEqual(
      report('partly-wrong').exercises.map((e) => ({ ...e, durationMs: expect.any(Number) as number })),
    );
  }, 300_000);

  it('resumes: a run started again grades only the students without a complete report', async () => {
    const gradebook = readFileSync(join(out, 'gradebook.csv'), 'utf8');
    // As if killed while grading these two: no report, or only a temp file of one.
    rmSync(join(out, 'students', 'perfect', 'report.json'));
    writeFileSync(join(out, 'students', 'empty', 'report.json.123.abcd.tmp'), '{ "half": ');
    rmSync(join(out, 'students', 'empty', 'report.json'));
    const again = await gradeClass({
      root: course.root,
      submissions: subs,
      out,
      secret: SECRET,
      lang: 'en',
      timeoutMs: 1000,
      process: { memoryMb: 64 },
    });
    expect(again.graded).toBe(2);
    expect(again.resumed).toBe(result.students.length - 2);
    expect(readFileSync(join(out, 'gradebook.csv'), 'utf8')).toBe(gradebook);
    await expect(
      gradeClass({ root: course.root, submissions: subs, out, secret: 'wrong secret', lang: 'en' }),
    ).rejects.toThrow(/another secret/);
  }, 300_000);

  it('grades one submission with any seed through the library', async () => {
    const sandbox = new Sandbox();
    try {
      const r = await gradeSubmission({
        courseRoot: course.root,
        ids: [D],
        studentRoot: join(subs, 'perfect', 'exercises'),
        seed: 5,
        oracleSandbox: sandbox,
        workDir: join(course.root, 'work'),
      });
      expect(r.points).toBe(6);
    } finally {
      await sandbox.close();
    }
  }, 30_000);
});
