// `bp new`: the scaffold is discovered by folder and passes `bp verify` as created, so a teacher starts from green.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli-main.js';
import { listExercises } from '../src/discover.js';
import { grade } from '../src/grade.js';
import { verify } from '../src/verify.js';
import { pilotCourse } from './helpers.js';

const course = pilotCourse();
afterAll(() => course.cleanup());
const ID = '13-neuron-pre-activation';

const run = async (...argv: string[]): Promise<{ code: number; text: string }> => {
  let text = '';
  const code = await main(argv, {
    out: (s) => (text += s),
    err: (s) => (text += s),
    cwd: course.root,
    env: {},
  });
  return { code, text };
};

describe('bp new', () => {
  it('scaffolds an exercise that verify accepts at once, found by folder like every exercise', async () => {
    const { code, text } = await run('new', ID);
    expect(code, text).toBe(0);
    for (const f of ['README.md', 'README.en.md', 'neuron-pre-activation.ts', 'examples.test.ts'])
      expect(text).toContain(`exercises/${ID}/${f}`);
    for (const f of ['neuron-pre-activation.ts', 'suite.ts', 'wrong/forgets-bias.ts'])
      expect(text).toContain(`solutions/${ID}/${f}`);
    // solutions/verify.test.ts and exercises/grade.test.ts verify and grade every folder listExercises finds.
    expect(listExercises(course.root)).toContain(ID);
    const result = await verify({ root: course.root });
    const mine = result.exercises.find((e) => e.id === ID);
    expect(mine?.checks.map((c) => `${c.subject}:${c.ok}`)).toEqual([
      'suite:true',
      'reference:true',
      'stub:true',
      'wrong/forgets-bias:true',
    ]);
    expect(result.ok).toBe(true);
    const report = await grade({ root: course.root, only: [ID] });
    expect(report.exercises[0].tasks.map((t) => t.verdict)).toEqual(['not-attempted']);
    expect(readFileSync(join(course.root, 'solutions', ID, 'suite.ts'), 'utf8')).toContain(`id: '${ID}'`);
  }, 60_000);

  it('refuses a malformed id or an existing exercise', async () => {
    expect((await run('new', 'neuron')).text).toMatch(/must look like 13-kebab-name/);
    expect((await run('new', ID)).code).toBe(2);
    expect((await run('new', '01-local-derivatives')).text).toMatch(/already exists/);
    expect((await run('new')).text).toMatch(/needs an exercise id/);
  });
});
