// vitest integration: grading results as describe/it blocks, and public examples that tolerate stubs.
import { describe, it } from 'vitest';
import { grade, type GradeOptions } from './grade.js';
import { verify } from './verify.js';
import { taskFeedback } from './feedback.js';
import { verdictLabel } from './i18n.js';
import { isNotImplemented } from './stub.js';
import { localize, resolveLang, type Lang } from './text.js';

/** A failure whose message is the whole story: no stack trace pointing into the grader. */
class GradingFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GradingFailure';
    this.stack = `${this.name}: ${message}`;
  }
}

const notAttemptedTitle = (fn: string, max: number): string =>
  `${fn} — não tentada / not attempted (0/${max} pts)`;

/**
 * Grades (at collection time: `await` it at the top of a test file) and declares one test per task.
 * A task not attempted is a `todo` test (reported, never a failure); every attempted task must be solved,
 * and a failing one fails with the grader's feedback.
 */
export async function describeGrading(options: GradeOptions & { readonly lang?: Lang } = {}): Promise<void> {
  const lang = options.lang ?? resolveLang(undefined);
  const report = await grade(options);
  for (const e of report.exercises) {
    describe(`${e.id} — ${localize(e.title, lang)} (${e.points}/${e.maxPoints} pts)`, () => {
      if (e.error !== undefined) {
        const error = e.error;
        it('grading', () => {
          throw new GradingFailure(error);
        });
      }
      for (const task of e.tasks) {
        if (task.verdict === 'not-attempted') {
          it.todo(notAttemptedTitle(task.fn, task.maxPoints));
          continue;
        }
        it(`${task.fn} — ${verdictLabel(task.verdict, lang)} (${task.points}/${task.maxPoints} pts)`, () => {
          if (task.verdict !== 'solved') throw new GradingFailure(taskFeedback(task, lang));
        });
      }
    });
  }
}

/** Declares `bp verify` as tests: per exercise, the suite, the reference, the stub and each wrong answer. */
export async function describeVerification(options: GradeOptions = {}): Promise<void> {
  const result = await verify(options);
  const titles: Record<string, string> = {
    suite: 'hidden suite loads and is well formed',
    reference: 'reference gets full marks',
    stub: 'untouched stub: every task not attempted',
  };
  for (const e of result.exercises) {
    describe(`verify ${e.id}`, () => {
      for (const c of e.checks) {
        const title = titles[c.subject] ?? `${c.subject} is rejected with its misconception`;
        it(title, () => {
          if (!c.ok) throw new GradingFailure(c.problems.join('\n'));
        });
      }
    });
  }
}

/**
 * A public example test: runs like `it`, but a stub that still throws NotImplementedError makes it
 * skipped ("not attempted") instead of failed.
 */
export function example(name: string, fn: () => unknown): void {
  it(name, async (context) => {
    try {
      await fn();
    } catch (error) {
      // Against the references (solutions/vitest.examples.config.ts) a stub's error means the redirect failed.
      if (isNotImplemented(error) && process.env.BP_EXAMPLES_AGAINST_REFERENCE !== '1') {
        context.skip(`não tentada / not attempted: ${error.fn ?? error.message}`);
      }
      throw error;
    }
  });
}
