// The terminal report: a table of exercises and tasks, then the feedback of every task not solved.
import type { GradeReport, Verdict } from '../grade.js';
import { taskFeedback } from '../feedback.js';
import { t, verdictLabel } from '../i18n.js';
import { localize, type Lang } from '../text.js';

const CODES = { green: 32, red: 31, yellow: 33, magenta: 35, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;

const VERDICT_STYLE: Record<Verdict, Style> = {
  solved: 'green',
  wrong: 'red',
  'not-attempted': 'dim',
  'timed-out': 'magenta',
  crashed: 'yellow',
};

const MARK: Record<Verdict, string> = {
  solved: '✔',
  wrong: '✘',
  'not-attempted': '·',
  'timed-out': '⧗',
  crashed: '!',
};

/** Colours only on a TTY, and never with NO_COLOR. */
export function useColor(
  stream: { isTTY?: boolean } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));
const padStart = (s: string, n: number): string => ' '.repeat(Math.max(0, n - [...s].length)) + s;

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function renderTable(report: GradeReport, lang: Lang, color = false): string {
  const paint = (s: string, style: Style): string => (color ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
  const rows: { name: string; result: string; style?: Style; points: string; bold?: boolean }[] = [];
  for (const e of report.exercises) {
    rows.push({
      name: `${e.id}  ${localize(e.title, lang)}`,
      result: e.error === undefined ? '' : t('exerciseError', lang),
      style: 'yellow',
      points: `${e.points}/${e.maxPoints}`,
      bold: true,
    });
    for (const task of e.tasks) {
      rows.push({
        name: `  ${MARK[task.verdict]} ${task.fn}`,
        result: verdictLabel(task.verdict, lang),
        style: VERDICT_STYLE[task.verdict],
        points: `${task.points}/${task.maxPoints}`,
      });
    }
  }
  const w1 = Math.max([...t('heading', lang)].length, ...rows.map((r) => [...r.name].length)) + 2;
  const w2 = Math.max([...t('result', lang)].length, ...rows.map((r) => [...r.result].length)) + 2;
  const w3 = Math.max(
    [...t('points', lang)].length,
    ...rows.map((r) => r.points.length),
    `${report.points}/${report.maxPoints}`.length,
  );
  const rule = '─'.repeat(w1 + w2 + w3);
  const lines = [
    paint(pad(t('heading', lang), w1) + pad(t('result', lang), w2) + padStart(t('points', lang), w3), 'bold'),
    rule,
  ];
  for (const r of rows) {
    const name = r.bold === true ? paint(pad(r.name, w1), 'bold') : pad(r.name, w1);
    const result =
      r.style === undefined || r.result === '' ? pad(r.result, w2) : paint(pad(r.result, w2), r.style);
    lines.push(name + result + padStart(r.points, w3));
  }
  lines.push(rule);
  lines.push(
    paint(pad(t('total', lang), w1 + w2) + padStart(`${report.points}/${report.maxPoints}`, w3), 'bold'),
  );
  lines.push(`${t('time', lang)}: ${formatSeconds(report.durationMs)} · ${t('seed', lang)}: ${report.seed}`);

  const details: string[] = [];
  for (const e of report.exercises) {
    if (e.error !== undefined) details.push(paint(`${e.id}: ${e.error}`, 'yellow'));
    for (const task of e.tasks) {
      if (task.verdict === 'solved' || task.verdict === 'not-attempted') continue;
      details.push(
        `${paint(`${e.id} › ${task.fn}`, 'bold')} — ${paint(verdictLabel(task.verdict, lang), VERDICT_STYLE[task.verdict])}`,
      );
      details.push(taskFeedback(task, lang).replace(/^/gm, '  '));
    }
  }
  if (details.length > 0) lines.push('', paint(t('details', lang), 'bold'), ...details);
  return `${lines.join('\n')}\n`;
}
