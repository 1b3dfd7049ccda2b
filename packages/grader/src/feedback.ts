// The text a student reads about a task that is not solved.
import { kindOf } from './compare.js';
import type { Failure, TaskResult } from './grade.js';
import { t } from './i18n.js';
import type { Plain } from './protocol.js';
import { unsupportedType } from './plain.js';
import { localize, type Lang } from './text.js';

/** Feedback is capped so that one task cannot flood the report. */
export const MAX_FEEDBACK_CHARS = 1500;
const MAX_VALUE_CHARS = 200;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A compact, one-line rendering of a value (numbers at full float64 precision), cut at `max` characters. */
export function formatValue(v: unknown, max = MAX_VALUE_CHARS): string {
  const render = (x: unknown, budget: { left: number }): string => {
    if (budget.left <= 0) return '…';
    let s: string;
    if (typeof x === 'number') s = Object.is(x, -0) ? '-0' : String(x);
    else if (x === undefined) s = 'undefined';
    else if (typeof x === 'string') s = JSON.stringify(x);
    else if (x === null || typeof x === 'boolean') s = String(x);
    else if (Array.isArray(x)) {
      const parts: string[] = [];
      for (const item of x) {
        if (budget.left <= 0) {
          parts.push('…');
          break;
        }
        parts.push(render(item, budget));
      }
      s = `[${parts.join(', ')}]`;
    } else if (typeof x === 'object') {
      const u = unsupportedType(x as Plain);
      if (u !== undefined) s = `<${u}>`;
      else {
        const parts: string[] = [];
        for (const [k, val] of Object.entries(x)) {
          if (budget.left <= 0) {
            parts.push('…');
            break;
          }
          parts.push(`${k}: ${render(val, budget)}`);
        }
        s = `{ ${parts.join(', ')} }`;
      }
    } else s = typeof x === 'bigint' || typeof x === 'symbol' ? x.toString() : typeof x;
    budget.left -= s.length;
    return s;
  };
  return clip(render(v, { left: max }), max);
}

function describeShape(v: Plain, lang: Lang): string {
  if (Array.isArray(v)) {
    const dims: number[] = [];
    let x: Plain = v;
    while (Array.isArray(x)) {
      dims.push(x.length);
      x = x[0];
    }
    return `${t('array', lang)} [${dims.join('×')}]`;
  }
  return kindOf(v);
}

const fmtNum = (n: number): string =>
  Number.isFinite(n) ? n.toPrecision(3).replace(/\.?0+(e|$)/, '$1') : String(n);

function explainFailure(task: TaskResult, f: Failure, lang: Lang): string[] {
  const lines: string[] = [];
  switch (f.kind) {
    case 'mismatch':
    case 'invalid-output': {
      const m = f.mismatch;
      if (m === undefined) break;
      const where = m.path === '' ? '' : ` (${t('at', lang)} ${m.path})`;
      if (m.reason === 'value') lines.push(`${t('mismatch', lang)}${where}`);
      else if (m.reason === 'not-finite')
        lines.push(`${t('notFinite', lang, { v: formatValue(m.received) })}${where}`);
      else if (m.reason === 'type')
        lines.push(`${t('type', lang, { e: kindOf(m.expected), r: kindOf(m.received) })}${where}`);
      else if (m.reason === 'shape')
        lines.push(
          `${t('shape', lang, { e: describeShape(m.expected, lang), r: describeShape(m.received, lang) })}${where}`,
        );
      else if (m.reason === 'missing-key')
        lines.push(t('missingKey', lang, { k: m.path.slice(m.path.lastIndexOf('.') + 1) }));
      else if (m.reason === 'unsupported')
        lines.push(`${t('unsupported', lang, { t: unsupportedType(m.received) ?? 'object' })}${where}`);
      if (m.quantity !== undefined) lines.push(`${t('quantity', lang)}: ${m.quantity}`);
      lines.push(`${t('expected', lang)}: ${formatValue(m.expected)}`);
      lines.push(`${t('received', lang)}: ${formatValue(m.received)}`);
      if (m.absError !== undefined && m.relError !== undefined) {
        lines.push(
          `${t('absError', lang)} ${fmtNum(m.absError)}, ${t('relError', lang)} ${fmtNum(m.relError)}`,
        );
      }
      break;
    }
    case 'mutated-input':
      lines.push(
        t('mutated', lang, {
          i: (f.argument ?? 0) + 1,
          p: f.path === '' || f.path === undefined ? '(valor)' : f.path,
        }),
      );
      break;
    case 'threw': {
      const e = f.error;
      if (e === undefined) break;
      if (e.notImplemented !== undefined) lines.push(t('notAttempted', lang));
      else if (!e.isError) lines.push(t('threwNonError', lang, { e: clip(e.message, 200) }));
      else {
        const recursion =
          e.name === 'RangeError' && /call stack/i.test(e.message) ? t('recursion', lang) : '';
        lines.push(t('threw', lang, { e: clip(`${e.name}: ${e.message}`, 300) }) + recursion);
      }
      break;
    }
    case 'not-implemented-dependency':
      lines.push(t('dependency', lang, { f: f.detail ?? '?' }));
      break;
    case 'missing-export':
      lines.push(t('missingExport', lang, { f: task.fn, x: clip(f.detail ?? '', 200) }));
      break;
    case 'load-error':
      lines.push(
        f.error?.notImplemented !== undefined
          ? t('notAttempted', lang)
          : t('loadError', lang, {
              e: clip(f.error === undefined ? (f.detail ?? '') : `${f.error.name}: ${f.error.message}`, 400),
            }),
      );
      break;
    case 'timeout':
      lines.push(t(f.phase === 'load' ? 'timeoutLoad' : 'timeout', lang, { ms: f.timeoutMs ?? 0 }));
      break;
    case 'crash': {
      const m = f.detail ?? '';
      if (m.startsWith('tampered: ')) lines.push(t('tampered', lang, { x: m.slice('tampered: '.length) }));
      else if (m.startsWith('output limit: '))
        lines.push(t('crash', lang, { m: t('outputLimit', lang, { x: m.slice('output limit: '.length) }) }));
      else
        lines.push(
          t('crash', lang, {
            m: m.startsWith('out of memory')
              ? `${t('outOfMemory', lang)}${m.slice('out of memory'.length)}`
              : m,
          }),
        );
      break;
    }
    case 'reference-error':
      lines.push(t('referenceError', lang, { m: f.detail ?? '' }));
      break;
  }
  return lines;
}

/** The feedback for a task: empty for a solved one; otherwise the first failing case and any hints. */
export function taskFeedback(task: TaskResult, lang: Lang): string {
  const f = task.failure;
  if (task.verdict === 'solved' || f === undefined) return '';
  if (task.verdict === 'not-attempted') return t('notAttempted', lang);
  const lines = [
    `${t('case', lang)} #${f.caseIndex + 1} "${localize(f.caseName, lang)}": ${t('input', lang)} ${task.fn}(${clip(f.args.map((a) => formatValue(a, 150)).join(', '), 300)})`,
    ...explainFailure(task, f, lang).map((l) => `  ${l}`),
  ];
  if (f.caseIndex > 0) lines.push(`  ${t('casesPassed', lang)}: ${task.casesPassed}/${task.casesTotal}`);
  for (const h of task.hints) lines.push(`${t('hint', lang)}: ${h.text[lang]}`);
  return clip(lines.join('\n'), MAX_FEEDBACK_CHARS);
}
