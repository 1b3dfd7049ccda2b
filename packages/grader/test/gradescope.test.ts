// `bp gradescope`: the bundle unpacked into a folder laid out like Gradescope's (AUTOGRADER_ROOT), setup.sh run
// without its installs, run_autograder on a perfect and a wrong submission. As root, setup.sh creates the students'
// user and the student code runs as that user, with the solutions unreadable to it; otherwise that part is skipped
// (and said so), but the grading and the scores are checked all the same.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli-main.js';
import { lookupUser } from '../src/class/submissions.js';
import { readZip } from '../src/gradescope/zip.js';
import { studentSeed } from '../src/seed.js';
import { PILOTS, pilotCourse, repoRoot, studentFiles } from './helpers.js';

const course = pilotCourse();
const T = mkdtempSync(join(tmpdir(), 'bp-gradescope-test-'));
const USER = 'bp-test-student';
const SECRET = 'gradescope-secret';
const isRoot = process.getuid?.() === 0;
let createdUser = false;
let entries: ReturnType<typeof readZip>;

const env = {
  ...process.env,
  AUTOGRADER_ROOT: T,
  BP_STUDENT_USER: USER,
  BP_SETUP_SKIP_INSTALL: '1',
  BP_GRADER_FROM_SOURCE: '1',
};

function submit(files: Record<string, Record<string, string>>): {
  score: number;
  tests: { name: string; score: number; status: string; output: string }[];
  output: string;
} {
  rmSync(join(T, 'submission'), { recursive: true, force: true });
  rmSync(join(T, 'results'), { recursive: true, force: true });
  for (const [id, f] of Object.entries(files)) {
    for (const [name, text] of Object.entries(f)) {
      mkdirSync(join(T, 'submission', 'exercises', id), { recursive: true });
      writeFileSync(join(T, 'submission', 'exercises', id, name), text);
    }
  }
  mkdirSync(join(T, 'submission'), { recursive: true });
  const r = spawnSync('bash', [join(T, 'run_autograder')], { env, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  return JSON.parse(readFileSync(join(T, 'results', 'results.json'), 'utf8')) as ReturnType<typeof submit>;
}

beforeAll(async () => {
  let printed = '';
  const code = await main(
    [
      'gradescope',
      '--out',
      'autograder.zip',
      '--secret',
      SECRET,
      '--lang',
      'en',
      '--timeout',
      '1000',
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
  entries = readZip(readFileSync(join(course.root, 'autograder.zip')));
  for (const e of entries) {
    const p = join(T, 'source', e.name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, e.data, { mode: e.mode });
  }
  // Gradescope copies run_autograder to /autograder; setup.sh's pnpm install is replaced by links to this
  // workspace: node_modules (the fixture's, @bp/* → this repository) and packages/ (the grader runs from source).
  writeFileSync(join(T, 'run_autograder'), readFileSync(join(T, 'source', 'run_autograder')), {
    mode: 0o755,
  });
  symlinkSync(join(course.root, 'node_modules'), join(T, 'source', 'course', 'node_modules'), 'dir');
  symlinkSync(join(repoRoot, 'packages'), join(T, 'source', 'course', 'packages'), 'dir');
  writeFileSync(
    join(T, 'submission_metadata.json'),
    JSON.stringify({ users: [{ email: 'ada@example.edu', name: 'Ada' }] }),
  );
  chmodSync(T, 0o755);
  createdUser = isRoot && lookupUser(USER) === undefined;
  const setup = spawnSync('bash', [join(T, 'source', 'setup.sh')], { env, encoding: 'utf8' });
  expect(setup.status, setup.stderr).toBe(0);
}, 60_000);

afterAll(() => {
  if (createdUser && lookupUser(USER) !== undefined) spawnSync('userdel', [USER]);
  rmSync(T, { recursive: true, force: true });
  course.cleanup();
});

describe('bp gradescope', () => {
  it('bundles setup.sh, run_autograder (executable), the config and the course with its solutions', () => {
    const names = entries.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'setup.sh',
        'run_autograder',
        'bp-autograder.json',
        ...PILOTS.map((id) => `course/solutions/${id}/suite.ts`),
      ]),
    );
    expect(entries.find((e) => e.name === 'run_autograder')?.mode).toBe(0o755);
    expect(names.some((n) => n.includes('node_modules'))).toBe(false);
    const config = JSON.parse(readFileSync(join(T, 'source', 'bp-autograder.json'), 'utf8')) as {
      exercises: string[];
      secret: string;
    };
    expect(config.exercises).toEqual([...PILOTS]);
    expect(config.secret).toBe(SECRET);
  });

  it('setup.sh leaves the solutions and the config readable by root only (and creates the students’ user as root)', () => {
    expect(statSync(join(T, 'source', 'course', 'solutions')).mode & 0o077).toBe(0);
    expect(statSync(join(T, 'source', 'bp-autograder.json')).mode & 0o077).toBe(0);
    if (isRoot && lookupUser(USER) !== undefined) {
      const read = spawnSync(
        'runuser',
        ['-u', USER, '--', 'cat', join(T, 'source', 'course', 'solutions', PILOTS[0], 'derivatives.ts')],
        { encoding: 'utf8' },
      );
      expect(read.status).not.toBe(0);
      expect(read.stderr).toMatch(/Permission denied/);
    } else {
      console.log(
        isRoot
          ? `could not create ${USER}: the user switch is not checked`
          : 'not root: the user switch is not checked',
      );
    }
  });

  it('gives a perfect submission full marks, with the student’s seed from the secret', () => {
    const r = submit({
      [PILOTS[0]]: studentFiles(PILOTS[0], 'derivatives.ts'),
      [PILOTS[1]]: studentFiles(PILOTS[1], 'final-bias.ts'),
    });
    expect(r.score).toBe(16);
    expect(r.tests).toHaveLength(11);
    expect(r.tests.every((t) => t.status === 'passed')).toBe(true);
    expect(r.output).toContain(`Random cases from seed ${studentSeed(SECRET, 'ada@example.edu')}.`);
    expect(r.output).not.toContain('ran as root');
  }, 60_000);

  it('rejects a wrong answer with its hint, grades a missing exercise 0, and a read of the solutions fails', () => {
    const wrong = studentFiles(PILOTS[0], 'wrong/relu-one-at-zero.ts');
    const secret = join(T, 'source', 'course', 'solutions', PILOTS[0], 'derivatives.ts');
    const source = wrong['derivatives.ts'];
    expect(source).toMatch(/export \{\s*sigmoidPrime,/);
    wrong['derivatives.ts'] = `import { readFileSync } from 'node:fs';\n${source.replace(
      /export \{\s*sigmoidPrime,/,
      `export function sigmoidPrime(z: number): number {\n  return readFileSync(${JSON.stringify(secret)}, 'utf8').length + z;\n}\nexport {`,
    )}`;
    const r = submit({ [PILOTS[0]]: wrong });
    expect(r.score).toBe(4);
    const relu = r.tests.find((t) => t.name.includes('reluPrime'));
    expect(relu?.status).toBe('failed');
    expect(relu?.output).toContain('hint: The ReLU has no derivative at z = 0');
    expect(r.tests.find((t) => t.name.includes('sigmoidPrime'))?.output).toMatch(/ERR_ACCESS_DENIED/);
    expect(
      r.tests
        .filter((t) => t.name.startsWith(PILOTS[1]))
        .every((t) => t.score === 0 && /missing file/.test(t.output)),
    ).toBe(true);
  }, 60_000);

  it('runs the student code as the students’ user when root', () => {
    if (!(isRoot && lookupUser(USER) !== undefined)) return;
    const probe = { [PILOTS[0]]: { ...studentFiles(PILOTS[0], 'derivatives.ts') } };
    probe[PILOTS[0]]['derivatives.ts'] = probe[PILOTS[0]]['derivatives.ts'].replace(
      'export function reluPrime(z: number): number {',
      'export function reluPrime(z: number): number {\n  if (process.getuid?.() === 0) return -1;',
    );
    const r = submit(probe);
    expect(r.tests.find((t) => t.name.includes('reluPrime'))?.status).toBe('passed');
    expect(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim()).not.toBe('0');
  }, 60_000);
});
