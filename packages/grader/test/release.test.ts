// `bp release`: the student copy has no reference or wrong answer anywhere, records the expected outputs of the
// seeded cases (with the wrong answers' outputs and misconceptions), is a valid workspace, and grades like the
// teacher's course. The copy is graded here with the packages of this workspace: its node_modules is a symbolic
// link to the fixture's, whose @bp/* point at this repository's packages (a real `pnpm install` in a release is
// checked by hand, see the package README).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli-main.js';
import { grade, type GradeReport } from '../src/grade.js';
import type { ExpectedFile } from '../src/oracle.js';
import { dropLockfileImporters, dropTurboTasks } from '../src/release.js';
import { PILOTS, pilotCourse, repoRoot, studentFiles } from './helpers.js';

const course = pilotCourse();
const rel = join(course.root, 'release');
let printed = '';

// The fixture has the workspace's real root config and two packages a student copy leaves out.
beforeAll(async () => {
  for (const f of [
    'package.json',
    'pnpm-workspace.yaml',
    'pnpm-lock.yaml',
    'turbo.json',
    'tsconfig.base.json',
    'vitest.shared.ts',
  ]) {
    copyFileSync(join(repoRoot, f), join(course.root, f));
  }
  course.write('packages/bench/package.json', '{ "name": "@bp/bench" }\n');
  course.write('packages/smoke/package.json', '{ "name": "@bp/smoke" }\n');
  course.write('packages/tensor/package.json', '{ "name": "@bp/tensor" }\n');
  course.write('packages/tensor/dist/index.js', 'built\n');
  course.write('.turbo/cache.json', '{}\n');
  const code = await main(['release', '--out', 'release', '--root', course.root], {
    out: (s) => (printed += s),
    err: (s) => (printed += s),
    cwd: course.root,
    env: {},
  });
  expect(code, printed).toBe(0);
  symlinkSync(join(course.root, 'node_modules'), join(rel, 'node_modules'), 'dir');
}, 60_000);
afterAll(() => course.cleanup());

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(p).isDirectory() ? files(p) : [p];
  });

const summary = (r: GradeReport): string[] =>
  r.exercises.flatMap((e) =>
    e.tasks.map((t) => `${e.id}/${t.fn}:${t.verdict}:${t.points}:${t.hints.map((h) => h.slug).join(',')}`),
  );

describe('bp release', () => {
  it('copies the workspace without references, wrong answers, builds, caches or the excluded packages', () => {
    const list = files(rel)
      .map((f) => f.slice(rel.length + 1))
      .sort();
    expect(list).toEqual(
      expect.arrayContaining([
        'package.json',
        'pnpm-lock.yaml',
        'pnpm-workspace.yaml',
        'turbo.json',
        'tsconfig.base.json',
        'vitest.shared.ts',
        'packages/tensor/package.json',
        ...PILOTS.flatMap((id) => [
          `exercises/${id}/README.md`,
          `exercises/${id}/README.en.md`,
          `exercises/${id}/examples.test.ts`,
          `solutions/${id}/suite.ts`,
          `solutions/${id}/expected.json`,
        ]),
      ]),
    );
    expect(list.filter((f) => /\/wrong\/|^packages\/(bench|smoke)\/|\/dist\/|\.turbo/.test(f))).toEqual([]);
    expect(existsSync(join(rel, 'solutions', '01-local-derivatives', 'derivatives.ts'))).toBe(false);
    expect(existsSync(join(rel, 'solutions', '02-final-bias', 'final-bias.ts'))).toBe(false);
  });

  it('holds no line of any reference or wrong answer', () => {
    const texts = files(rel).map((f) => readFileSync(f, 'utf8'));
    // Lines the stub or the suite also have (signatures, types, the worked example's constants) are public anyway.
    const publicFiles = PILOTS.flatMap((id) => [
      ...readdirSync(join(repoRoot, 'exercises', id)).map((f) => join(repoRoot, 'exercises', id, f)),
      join(repoRoot, 'solutions', id, 'suite.ts'),
    ]);
    const stubAndSuite = new Set(
      publicFiles.flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((l) => l.trim()),
      ),
    );
    let checked = 0;
    for (const id of PILOTS) {
      const dir = join(repoRoot, 'solutions', id);
      const secret = [
        ...readdirSync(dir)
          .filter((f) => f.endsWith('.ts') && f !== 'suite.ts')
          .map((f) => join(dir, f)),
        ...readdirSync(join(dir, 'wrong')).map((f) => join(dir, 'wrong', f)),
      ];
      for (const file of secret) {
        for (const line of readFileSync(file, 'utf8')
          .split('\n')
          .map((l) => l.trim())) {
          if (
            line.length < 16 ||
            stubAndSuite.has(line) ||
            /^(\/\/|import |export \{|export type|['"]|en:)/.test(line)
          )
            continue;
          checked++;
          for (const text of texts) expect(text.includes(line), `${file}: ${line}`).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
    for (const text of texts) {
      expect(text).not.toContain('return z > 0 ? 1 : 0;');
      expect(text).not.toContain('sum += -2 * (observed[i] - predicted[i]);');
    }
  });

  it('records the expected outputs of the seeded cases, with every wrong answer’s outputs and misconception', () => {
    const expected = JSON.parse(
      readFileSync(join(rel, 'solutions', '01-local-derivatives', 'expected.json'), 'utf8'),
    ) as ExpectedFile;
    expect(expected.schema).toBe('bp-expected/1');
    expect(Object.keys(expected.seeds)).toEqual(['1']);
    const seed = expected.seeds['1'] as { wrong: { slug: string; misconception: { en: string } }[] };
    expect(seed.wrong.map((w) => w.slug)).toEqual(
      readdirSync(join(repoRoot, 'solutions', '01-local-derivatives', 'wrong'))
        .map((f) => f.replace(/\.ts$/, ''))
        .sort(),
    );
    expect(seed.wrong.find((w) => w.slug === 'relu-one-at-zero')?.misconception.en).toMatch(
      /^The ReLU has no derivative at z = 0/,
    );
  });

  it('adjusts the workspace config for the packages it leaves out', () => {
    const lock = readFileSync(join(rel, 'pnpm-lock.yaml'), 'utf8');
    expect(lock).not.toMatch(/^ {2}packages\/(bench|smoke):/m);
    expect(lock).toMatch(/^ {2}packages\/tensor:/m);
    expect(lock).toMatch(/^ {2}exercises:/m);
    const turbo = readFileSync(join(rel, 'turbo.json'), 'utf8');
    expect(turbo).not.toContain('@bp/smoke');
    const pkg = JSON.parse(readFileSync(join(rel, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.bench).toBeUndefined();
    expect(pkg.scripts.test).toBe('turbo run test');
    // The real lockfile loses exactly the importer blocks, nothing else.
    const real = readFileSync(join(repoRoot, 'pnpm-lock.yaml'), 'utf8');
    const dropped = dropLockfileImporters(real, ['packages/bench']);
    expect(dropped.split('\n').length).toBeLessThan(real.split('\n').length);
    expect(dropped).toContain('snapshots:');
    expect(dropTurboTasks('{ "tasks": { "test": {}, "@bp/smoke#test": {} } }', ['smoke'])).toBe(
      '{\n  "tasks": {\n    "test": {}\n  }\n}\n',
    );
  });

  it('grades untouched stubs as not attempted, and the references planted in the stubs with full marks', async () => {
    const untouched = await grade({ root: rel });
    expect(untouched.points).toBe(0);
    expect(
      untouched.exercises.every(
        (e) => e.error === undefined && e.tasks.every((t) => t.verdict === 'not-attempted'),
      ),
    ).toBe(true);
    for (const [id, module] of [
      [PILOTS[0], 'derivatives.ts'],
      [PILOTS[1], 'final-bias.ts'],
    ] as const) {
      writeFileSync(join(rel, 'exercises', id, module), studentFiles(id, module)[module]);
    }
    const full = await grade({ root: rel });
    expect(full.points).toBe(16);
    expect(full.maxPoints).toBe(16);
  }, 60_000);

  it('rejects a wrong answer in the copy exactly as the teacher’s course does, with the same hint', async () => {
    const sub = join(course.root, 'student', 'exercises');
    for (const [id, from] of [
      [PILOTS[0], 'wrong/relu-one-at-zero.ts'],
      [PILOTS[1], 'wrong/stop-before-step.ts'],
    ] as const) {
      for (const [name, text] of Object.entries(studentFiles(id, from))) {
        mkdirSync(join(sub, id), { recursive: true });
        writeFileSync(join(sub, id, name), text);
        writeFileSync(join(rel, 'exercises', id, name), text);
      }
    }
    const teacher = await grade({ root: course.root, studentRoot: sub });
    const student = await grade({ root: rel });
    expect(summary(student)).toEqual(summary(teacher));
    expect(summary(student)).toContain('01-local-derivatives/reluPrime:wrong:0:relu-one-at-zero');
    expect(student.points).toBeLessThan(16);
  }, 60_000);

  it('says clearly that another seed has no recorded expected values', async () => {
    let out = '';
    const code = await main(['grade', '--seed', '7', '--lang', 'en', '--root', rel], {
      out: (s) => (out += s),
      err: (s) => (out += s),
      cwd: rel,
      env: {},
      color: false,
    });
    expect(code).toBe(0);
    expect(out).toContain('no expected values are recorded for seed 7 in this copy (recorded: seed 1)');
  }, 30_000);

  it('refuses to write into a folder that is not empty', async () => {
    let err = '';
    expect(
      await main(['release', '--out', rel, '--root', course.root], {
        out: () => undefined,
        err: (s) => (err += s),
        cwd: course.root,
        env: {},
      }),
    ).toBe(2);
    expect(err).toMatch(/is not empty/);
  });
});
