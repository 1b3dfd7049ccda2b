// JUnit XML: a testsuite per exercise, a testcase per task; "not attempted" is <skipped/>, never a failure.
import type { GradeReport } from '../grade.js';
import { taskFeedback } from '../feedback.js';
import { verdictLabel } from '../i18n.js';
import { localize, type Lang } from '../text.js';

/** XML 1.0 text: escapes markup and drops characters XML cannot hold. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const secs = (ms: number): string => (ms / 1000).toFixed(3);

export function toJUnit(report: GradeReport, lang: Lang): string {
  const count = (pred: (v: string) => boolean): number =>
    report.exercises.reduce((n, e) => n + e.tasks.filter((t) => pred(t.verdict)).length, 0);
  const total = count(() => true);
  const failures = count((v) => v === 'wrong');
  const errors =
    count((v) => v === 'crashed' || v === 'timed-out') +
    report.exercises.filter((e) => e.error !== undefined).length;
  const skipped = count((v) => v === 'not-attempted');
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="bp grade" tests="${total}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${secs(report.durationMs)}">`,
  );
  for (const e of report.exercises) {
    const n = (pred: (v: string) => boolean): number => e.tasks.filter((t) => pred(t.verdict)).length;
    out.push(
      `  <testsuite name="${xmlEscape(e.id)}" tests="${e.tasks.length}" failures="${n((v) => v === 'wrong')}" errors="${n((v) => v === 'crashed' || v === 'timed-out') + (e.error === undefined ? 0 : 1)}" skipped="${n((v) => v === 'not-attempted')}" time="${secs(e.durationMs)}">`,
    );
    out.push(`    <properties><property name="points" value="${e.points}/${e.maxPoints}"/></properties>`);
    if (e.error !== undefined) out.push(`    <system-err>${xmlEscape(e.error)}</system-err>`);
    for (const task of e.tasks) {
      const name = `${task.fn} (${task.points}/${task.maxPoints})`;
      const open = `    <testcase classname="${xmlEscape(e.id)}" name="${xmlEscape(name)}" time="0">`;
      const label = xmlEscape(verdictLabel(task.verdict, lang));
      const body = xmlEscape(`${localize(task.title, lang)}\n${taskFeedback(task, lang)}`);
      if (task.verdict === 'solved') out.push(`${open}</testcase>`);
      else if (task.verdict === 'not-attempted') out.push(`${open}<skipped message="${label}"/></testcase>`);
      else if (task.verdict === 'wrong')
        out.push(`${open}<failure message="${label}" type="wrong">${body}</failure></testcase>`);
      else out.push(`${open}<error message="${label}" type="${task.verdict}">${body}</error></testcase>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
