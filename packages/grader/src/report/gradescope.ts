// Gradescope's results.json (autograder specification): one test per task.
import type { GradeReport } from '../grade.js';
import { taskFeedback } from '../feedback.js';
import { verdictLabel } from '../i18n.js';
import { localize, type Lang } from '../text.js';

export interface GradescopeTest {
  readonly name: string;
  readonly score: number;
  readonly max_score: number;
  readonly status: 'passed' | 'failed';
  readonly output: string;
  readonly visibility: 'visible' | 'hidden' | 'after_due_date' | 'after_published';
}

export interface GradescopeResults {
  readonly score: number;
  readonly max_score: number;
  readonly execution_time: number;
  readonly visibility: 'visible';
  readonly output: string;
  readonly tests: readonly GradescopeTest[];
}

export function toGradescope(report: GradeReport, lang: Lang): GradescopeResults {
  const tests: GradescopeTest[] = [];
  const notes: string[] = [];
  for (const e of report.exercises) {
    if (e.error !== undefined) notes.push(`${e.id}: ${e.error}`);
    for (const task of e.tasks) {
      const feedback = taskFeedback(task, lang);
      tests.push({
        name: `${e.id} › ${task.fn}: ${localize(task.title, lang)}`,
        score: task.points,
        max_score: task.maxPoints,
        status: task.verdict === 'solved' ? 'passed' : 'failed',
        output:
          feedback === ''
            ? verdictLabel(task.verdict, lang)
            : `${verdictLabel(task.verdict, lang)}\n${feedback}`,
        visibility: 'visible',
      });
    }
  }
  return {
    score: report.points,
    max_score: report.maxPoints,
    execution_time: Math.round(report.durationMs) / 1000,
    visibility: 'visible',
    output: notes.join('\n'),
    tests,
  };
}
