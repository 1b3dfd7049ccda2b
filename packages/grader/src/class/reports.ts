// What a class run writes: per student a feedback.md, and for the class a CSV gradebook and a summary.
import type { GradeReport } from '../grade.js';
import { VERDICTS, type Verdict } from '../grade.js';
import { taskFeedback } from '../feedback.js';
import { csvField } from '../fsutil.js';
import { t, verdictLabel } from '../i18n.js';
import type { JsonReport } from '../report/json.js';
import { localize, type Lang } from '../text.js';

/** A student's graded report as stored in `<out>/students/<id>/report.json`. */
export type StudentReport = JsonReport & { readonly student: string };

/** The student's feedback, in Markdown: a table per exercise, then what went wrong in each task not solved. */
export function feedbackMarkdown(student: string, report: GradeReport, lang: Lang): string {
  const lines = [
    `# ${t('feedbackTitle', lang)} — ${student}`,
    '',
    `${t('total', lang)}: **${report.points}/${report.maxPoints}**`,
    '',
    t('reproduce', lang, { seed: report.seed }),
    '',
  ];
  for (const e of report.exercises) {
    lines.push(`## ${e.id} — ${localize(e.title, lang)} (${e.points}/${e.maxPoints})`, '');
    if (e.error !== undefined) lines.push(`${t('exerciseError', lang)}: ${e.error}`, '');
    if (e.tasks.length === 0) continue;
    lines.push(
      `| ${t('task', lang)} | ${t('result', lang)} | ${t('points', lang)} |`,
      '| --- | --- | ---: |',
    );
    for (const task of e.tasks)
      lines.push(
        `| \`${task.fn}\` — ${localize(task.title, lang)} | ${verdictLabel(task.verdict, lang)} | ${task.points}/${task.maxPoints} |`,
      );
    lines.push('');
    for (const task of e.tasks) {
      const text = taskFeedback(task, lang);
      if (text === '') continue;
      lines.push(
        `### \`${task.fn}\` — ${verdictLabel(task.verdict, lang)}`,
        '',
        '```text',
        text.replace(/```/g, "'''"),
        '```',
        '',
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** student, seed, points per exercise, total, max. */
export function gradebookCsv(reports: readonly StudentReport[], ids: readonly string[]): string {
  const header = ['student', 'seed', ...ids, 'total', 'max'];
  const rows = reports.map((r) => {
    const per = ids.map((id) => r.exercises.find((e) => e.id === id)?.points ?? 0);
    return [r.student, r.seed, ...per, r.points, r.maxPoints];
  });
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

export interface TaskSummary {
  readonly task: string;
  readonly title: string;
  readonly maxPoints: number;
  readonly students: number;
  readonly solved: number;
  readonly verdicts: Record<Verdict, number>;
  /** The misconception most students' outputs matched, with how many. */
  readonly commonMisconception: {
    readonly slug: string;
    readonly text: string;
    readonly students: number;
  } | null;
}

export interface ClassSummary {
  readonly schema: 'bp-class-summary/1';
  readonly students: number;
  readonly exercises: readonly string[];
  readonly meanPoints: number;
  readonly maxPoints: number;
  readonly tasks: readonly TaskSummary[];
}

export function classSummary(reports: readonly StudentReport[], ids: readonly string[]): ClassSummary {
  const tasks: TaskSummary[] = [];
  for (const id of ids) {
    const first = reports.flatMap((r) => r.exercises.filter((e) => e.id === id && e.tasks.length > 0))[0];
    for (const task of first?.tasks ?? []) {
      const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
      const hints = new Map<string, { text: string; students: number }>();
      for (const r of reports) {
        const mine = r.exercises.find((e) => e.id === id)?.tasks.find((x) => x.fn === task.fn);
        if (mine === undefined) continue;
        verdicts[mine.verdict]++;
        for (const h of mine.hints) {
          const seen = hints.get(h.slug) ?? { text: h.text, students: 0 };
          seen.students++;
          hints.set(h.slug, seen);
        }
      }
      const top = [...hints.entries()].sort(
        (a, b) => b[1].students - a[1].students || a[0].localeCompare(b[0]),
      )[0];
      tasks.push({
        task: task.id,
        title: task.title,
        maxPoints: task.maxPoints,
        students: reports.length,
        solved: verdicts.solved,
        verdicts,
        commonMisconception:
          top === undefined ? null : { slug: top[0], text: top[1].text, students: top[1].students },
      });
    }
  }
  const total = reports.reduce((s, r) => s + r.points, 0);
  return {
    schema: 'bp-class-summary/1',
    students: reports.length,
    exercises: [...ids],
    meanPoints: reports.length === 0 ? 0 : Math.round((total / reports.length) * 100) / 100,
    maxPoints: reports[0]?.maxPoints ?? 0,
    tasks,
  };
}

export function summaryMarkdown(s: ClassSummary, lang: Lang): string {
  const h =
    lang === 'en'
      ? {
          title: 'Class summary',
          students: 'students',
          mean: 'mean',
          task: 'task',
          solved: 'solved',
          misconception: 'most common misconception',
        }
      : {
          title: 'Resumo da turma',
          students: 'estudantes',
          mean: 'média',
          task: 'tarefa',
          solved: 'resolvida',
          misconception: 'concepção errada mais comum',
        };
  const lines = [
    `# ${h.title}`,
    '',
    `${s.students} ${h.students} · ${h.mean} ${s.meanPoints}/${s.maxPoints}`,
    '',
    `| ${h.task} | ${h.solved} | ${VERDICTS.filter((v) => v !== 'solved')
      .map((v) => verdictLabel(v, lang))
      .join(' | ')} | ${h.misconception} |`,
    `| --- | ---: | ${VERDICTS.filter((v) => v !== 'solved')
      .map(() => '---:')
      .join(' | ')} | --- |`,
  ];
  for (const task of s.tasks) {
    const m = task.commonMisconception;
    const text =
      m === null ? '' : `\`${m.slug}\` (${m.students}): ${m.text.replace(/\|/g, '\\|').replace(/\n/g, ' ')}`;
    lines.push(
      `| \`${task.task}\` | ${task.solved}/${task.students} | ${VERDICTS.filter((v) => v !== 'solved')
        .map((v) => task.verdicts[v])
        .join(' | ')} | ${text} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
