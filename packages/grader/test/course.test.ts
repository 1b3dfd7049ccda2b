// The real exercises and solutions, always in temp copies: untouched stubs, references over the stubs,
// every wrong answer planted, infinite loops everywhere, and a release-style copy without references.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli-main.js';
import { exercisePaths, listExercises, listWrongAnswers } from '../src/discover.js';
import { taskFeedback } from '../src/feedback.js';
import { grade, gradeFile, withSandbox } from '../src/grade.js';
import { buildOracle, recordOracles } from '../src/oracle.js';
import { copyRealCourse, repoRoot } from './helpers.js';

const courses: ReturnType<typeof copyRealCourse>[] = [];
const fresh = (): ReturnType<typeof copyRealCourse> => {
  const c = copyRealCourse();
  courses.push(c);
  return c;
};
afterAll(() => courses.forEach((c) => c.cleanup()));

/** The module file of an exercise (what its suite calls `module`): the one .ts besides the tests. */
const moduleOf = (root: string, id: string): string =>
  readdirSync(join(root, 'exercises', id)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))[0];

/** A solution file moved into exercises/<id>/: its relative imports still point at solutions/<id>/. */
const plant = (root: string, id: string, from: string): void => {
  const dir = join(root, 'solutions', id, from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '');
  const text = readFileSync(join(root, 'solutions', id, from), 'utf8').replace(
    /from '(\.\.?\/[^']+)'/g,
    (_, spec: string) => {
      const target = join(dir, spec);
      return `from '${join('..', '..', target.slice(root.length + 1))}'`;
    },
  );
  writeFileSync(join(root, 'exercises', id, moduleOf(root, id)), text);
};

const ids = listExercises(repoRoot);

describe('the real course', () => {
  it('has the pilot exercises', () => {
    expect(ids).toEqual(expect.arrayContaining(['01-local-derivatives', '02-final-bias']));
  });

  it('untouched stubs: `bp grade` shows every task not attempted, 0 points, exit 0', async () => {
    const c = fresh();
    let out = '';
    const code = await main(['grade', '--root', c.root, '--json', 'r.json'], {
      out: (s) => (out += s),
      err: (s) => (out += s),
      cwd: c.root,
      color: false,
    });
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(join(c.root, 'r.json'), 'utf8')) as {
      points: number;
      maxPoints: number;
      counts: Record<string, number>;
    };
    expect(json.points).toBe(0);
    expect(json.maxPoints).toBeGreaterThan(0);
    expect(json.counts['not-attempted']).toBe(
      json.counts['not-attempted'] +
        json.counts.solved +
        json.counts.wrong +
        json.counts.crashed +
        json.counts['timed-out'],
    );
    expect(out).toMatch(/Total\s+0\/\d+/);
    expect(out).not.toMatch(/errada|resolvida|tempo esgotado|erro na execução/);
  }, 300_000);

  it('references copied over the stubs get full marks', async () => {
    const c = fresh();
    for (const id of ids) plant(c.root, id, moduleOf(c.root, id));
    const report = await grade({ root: c.root });
    for (const e of report.exercises)
      for (const t of e.tasks) expect(`${e.id}/${t.fn}: ${t.verdict}`).toBe(`${e.id}/${t.fn}: solved`);
    expect(report.points).toBe(report.maxPoints);
  }, 300_000);

  it('each planted wrong answer is rejected with its misconception as a hint', async () => {
    const c = fresh();
    let planted = 0;
    for (const id of ids) {
      const paths = exercisePaths(c.root, id);
      const oracle = await withSandbox(undefined, (s) => buildOracle(paths, 1, s, 2000));
      for (const { slug } of listWrongAnswers(paths)) {
        plant(c.root, id, `wrong/${slug}.ts`);
        const tasks = await gradeFile(oracle, join(c.root, 'exercises', id, oracle.suite.module));
        const w = oracle.wrong.find((x) => x.slug === slug);
        const rejected = tasks.filter((t) => t.verdict === 'wrong');
        expect(rejected.length, `${id}/${slug}`).toBeGreaterThan(0);
        for (const t of rejected) {
          expect(
            t.hints.map((h) => h.slug),
            `${id}/${slug}/${t.fn}`,
          ).toContain(slug);
          expect(taskFeedback(t, 'en')).toContain(w?.misconception.en.slice(0, 40));
          expect(taskFeedback(t, 'pt-BR')).toContain(w?.misconception['pt-BR'].slice(0, 40));
        }
        planted++;
      }
    }
    expect(planted).toBeGreaterThanOrEqual(6);
  }, 300_000);

  it('an infinite loop in every stub: every task timed out (the watchdog ends every call)', async () => {
    const c = fresh();
    for (const id of ids) {
      const file = join(c.root, 'exercises', id, moduleOf(c.root, id));
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          /throw new NotImplementedError\('\w+'\);/g,
          'for (;;) { /* stuck */ }',
        ),
      );
    }
    const report = await grade({ root: c.root, timeoutMs: 300 });
    const tasks = report.exercises.flatMap((e) => e.tasks);
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) expect(`${t.fn}: ${t.verdict}`).toBe(`${t.fn}: timed-out`);
    expect(report.points).toBe(0);
  }, 300_000);

  it('a release-style copy (no reference, recorded expected.json) grades like the full course', async () => {
    const c = fresh();
    const id = '02-final-bias';
    const paths = exercisePaths(c.root, id);
    const oracle = await withSandbox(undefined, (s) => buildOracle(paths, 7, s, 2000));
    writeFileSync(paths.expectedFile, JSON.stringify(recordOracles(paths, [oracle])));
    plant(c.root, id, 'wrong/slope-sign.ts');
    const full = await grade({ root: c.root, only: [id], seed: 7 });
    // Now without suite.ts, the reference and the wrong answers: only expected.json remains.
    for (const f of readdirSync(paths.solutionDir))
      if (f !== 'expected.json') rmSync(join(paths.solutionDir, f), { recursive: true });
    writeFileSync(
      join(c.root, 'exercises', id, 'final-bias.ts'),
      readFileSync(join(repoRoot, 'solutions', id, 'wrong', 'slope-sign.ts'), 'utf8').replace(
        /from '\.\.\/final-bias\.js'/g,
        "from './reference-copy.js'",
      ),
    );
    writeFileSync(
      join(c.root, 'exercises', id, 'reference-copy.ts'),
      readFileSync(join(repoRoot, 'solutions', id, 'final-bias.ts'), 'utf8'),
    );
    expect(existsSync(paths.suiteFile)).toBe(false);
    const released = await grade({ root: c.root, only: [id], seed: 7 });
    const summary = (r: typeof full): string[] =>
      r.exercises[0].tasks.map((t) => `${t.fn}:${t.verdict}:${t.hints.map((h) => h.slug).join(',')}`);
    expect(summary(released)).toEqual(summary(full));
    expect(summary(full)).toContain('ssrSlopeB3:wrong:slope-sign');
  }, 300_000);
});
