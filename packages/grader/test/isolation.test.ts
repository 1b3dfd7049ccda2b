// Misbehaving student code: each task fails with the right verdict and a readable message, the others are
// still graded, and the run ends in bounded time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grade, type GradeReport, type TaskResult } from '../src/grade.js';
import { taskFeedback } from '../src/feedback.js';
import { tempCourse } from './helpers.js';

const ID = '90-isolation';

const SUITE = `
import { defineSuite } from '@bp/grader/suite';
const one = (fn, points = 1, args = [[1, 2, 3]]) => ({ fn, points, title: { 'pt-BR': fn, en: fn }, cases: () => [{ name: 'c', args }] });
export default defineSuite({
  id: '${ID}',
  title: { 'pt-BR': 'isolamento', en: 'isolation' },
  module: 'mod.ts',
  timeoutMs: 400,
  tasks: [
    one('good'), one('loop'), one('recursion'), one('throwsNonError'), one('nan'), one('wrongShape'),
    one('mutates'), one('exits'),
    // Filling 64 MB may take longer than 400 ms on a busy machine: the out-of-memory verdict must win.
    { ...one('allocates'), timeoutMs: 20000 }, one('stub'), one('wrongType'), one('async'),
    one('afterTrouble'), one('intermediates', 1, [2]), one('usesStub'), one('missing'),
    { ...one('viaHarness'), harness: './harness.ts' },
  ],
});
`;

const REFERENCE = `
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
export const good = sum, loop = sum, recursion = sum, throwsNonError = sum, nan = sum, mutates = sum, exits = sum,
  allocates = sum, stub = sum, wrongType = sum, async = sum, afterTrouble = sum, usesStub = sum, missing = sum;
export const wrongShape = (xs: number[]): number[] => xs.map((x) => 2 * x);
export const intermediates = (x: number) => ({ a: x + 1, b: x * 10, c: x * 100 });
export const viaHarness = { total: sum };
`;

const STUDENT = `
import { NotImplementedError } from '@bp/grader/stub';
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
export const good = sum;
export function loop(xs: number[]): number { for (;;) { xs.length; } }
export function recursion(xs: number[]): number { return recursion(xs) + 1; }
export function throwsNonError(): number { throw 42; }
export function nan(): number { return NaN; }
export function wrongShape(xs: number[]): number[] { return xs.slice(1).map((x) => 2 * x); }
export function mutates(xs: number[]): number { xs[1] = 99; return 6; }
export function exits(): number { process.exit(3); }
export function allocates(): number { const keep: number[][] = []; for (;;) keep.push(new Array(1e6).fill(1.5)); }
export function stub(): number { throw new NotImplementedError('stub'); }
export function wrongType(): string { return '6'; }
export async function async(xs: number[]): Promise<number> { return sum(xs); }
export const afterTrouble = sum;
export const intermediates = (x: number) => ({ a: x + 1, b: x * 11, c: x * 100 });
export function usesStub(xs: number[]): number { return stub() + sum(xs); }
export const viaHarness = { total: sum };
`;

const HARNESS = `
export default function harness(mod: Record<string, unknown>, _fn: string, args: unknown[]): unknown {
  const api = mod.viaHarness as { total: (xs: number[]) => number };
  return api.total(args[0] as number[]);
}
`;

let report: GradeReport;
const course = tempCourse();
const task = (fn: string): TaskResult => {
  const t = report.exercises[0].tasks.find((x) => x.fn === fn);
  if (t === undefined) throw new Error(`no task ${fn}`);
  return t;
};

beforeAll(async () => {
  course.write(`solutions/${ID}/suite.ts`, SUITE);
  course.write(`solutions/${ID}/mod.ts`, REFERENCE);
  course.write(`solutions/${ID}/harness.ts`, HARNESS);
  course.write(`exercises/${ID}/mod.ts`, STUDENT);
  report = await grade({ root: course.root, sandbox: { memoryMb: 64 } });
}, 300_000);
afterAll(() => course.cleanup());

describe('isolation', () => {
  it('grades every task (the deadlines end every stuck call)', () => {
    expect(report.exercises[0].error).toBeUndefined();
    expect(report.exercises[0].tasks).toHaveLength(17);
  });

  it.each([
    ['good', 'solved', /^$/],
    ['loop', 'timed-out', /more than 400 ms \(infinite loop\?\)/],
    ['recursion', 'crashed', /RangeError: Maximum call stack size exceeded \(endless recursion\?\)/],
    ['throwsNonError', 'crashed', /threw a value that is not an Error: 42/],
    ['nan', 'wrong', /contains NaN where a finite number was expected/],
    ['wrongShape', 'wrong', /wrong shape: expected array \[3\], received array \[2\]/],
    ['mutates', 'wrong', /changed argument #1 \(at \[1\]\)/],
    ['exits', 'crashed', /process\.exit\(3\)/],
    ['allocates', 'crashed', /out of memory \(limit 64 MB\)/],
    ['stub', 'not-attempted', /NotImplementedError/],
    ['wrongType', 'wrong', /wrong type: expected number, received string/],
    ['async', 'wrong', /returned a Promise/],
    ['afterTrouble', 'solved', /^$/],
    ['usesStub', 'crashed', /calls stub, which is not implemented yet/],
    ['missing', 'crashed', /does not export missing/],
    ['viaHarness', 'solved', /^$/],
  ])('%s → %s', (fn, verdict, message) => {
    const t = task(fn);
    expect(t.verdict).toBe(verdict);
    expect(taskFeedback(t, 'en')).toMatch(message);
    expect(t.points).toBe(verdict === 'solved' ? 1 : 0);
  });

  it('names the first intermediate quantity that diverges, with absolute and relative errors', () => {
    const text = taskFeedback(task('intermediates'), 'en');
    expect(text).toContain('first intermediate quantity that diverges: b');
    expect(text).toMatch(/expected: 20\n\s+received: 22\n\s+absolute error 2, relative error 0\.1/);
  });

  it('reports the same failure in Portuguese', () => {
    expect(taskFeedback(task('loop'), 'pt-BR')).toMatch(/passou de 400 ms \(laço infinito\?\)/);
    expect(taskFeedback(task('mutates'), 'pt-BR')).toMatch(/alterou o argumento #1/);
  });

  it('never writes to the student folder', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(`${course.root}/exercises/${ID}`)).toEqual(['mod.ts']);
  });
});
