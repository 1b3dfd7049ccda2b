// Our JSON report (schema "bp-grade/1", documented in the package README).
import type { Failure, GradeReport, Verdict } from '../grade.js';
import { taskFeedback } from '../feedback.js';
import { encodePlain } from '../plain.js';
import { localize, type Lang } from '../text.js';
import { VERDICTS } from '../grade.js';

export interface JsonTask {
  readonly id: string;
  readonly fn: string;
  readonly title: string;
  readonly verdict: Verdict;
  readonly points: number;
  readonly maxPoints: number;
  readonly casesPassed: number;
  readonly casesTotal: number;
  readonly feedback: string;
  readonly failure: null | {
    readonly kind: Failure['kind'];
    readonly case: { readonly index: number; readonly name: string; readonly args: unknown };
    readonly expected?: unknown;
    readonly received?: unknown;
    readonly path?: string;
    readonly quantity?: string;
    readonly absError?: number | null;
    readonly relError?: number | null;
    readonly message?: string;
  };
  readonly hints: readonly { readonly slug: string; readonly text: string }[];
}

export interface JsonReport {
  readonly schema: 'bp-grade/1';
  readonly tool: { readonly name: '@bp/grader'; readonly version: string };
  readonly lang: Lang;
  readonly seed: number;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly points: number;
  readonly maxPoints: number;
  readonly counts: Record<Verdict, number>;
  readonly exercises: readonly {
    readonly id: string;
    readonly title: string;
    readonly module: string;
    readonly points: number;
    readonly maxPoints: number;
    readonly durationMs: number;
    readonly error: string | null;
    readonly tasks: readonly JsonTask[];
  }[];
}

export const VERSION = '0.1.0';

const finiteOrNull = (n: number | undefined): number | null | undefined =>
  n === undefined ? undefined : Number.isFinite(n) ? n : null;

export function toJsonReport(report: GradeReport, lang: Lang): JsonReport {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const exercises = report.exercises.map((e) => ({
    id: e.id,
    title: localize(e.title, lang),
    module: e.module,
    points: e.points,
    maxPoints: e.maxPoints,
    durationMs: Math.round(e.durationMs),
    error: e.error ?? null,
    tasks: e.tasks.map((task): JsonTask => {
      counts[task.verdict]++;
      const f = task.failure;
      const m = f?.mismatch;
      return {
        id: `${e.id}/${task.fn}`,
        fn: task.fn,
        title: localize(task.title, lang),
        verdict: task.verdict,
        points: task.points,
        maxPoints: task.maxPoints,
        casesPassed: task.casesPassed,
        casesTotal: task.casesTotal,
        feedback: taskFeedback(task, lang),
        failure:
          f === undefined || task.verdict === 'solved'
            ? null
            : {
                kind: f.kind,
                case: { index: f.caseIndex, name: localize(f.caseName, lang), args: f.args },
                ...(m === undefined
                  ? {}
                  : {
                      expected: encodePlain(m.expected),
                      received: encodePlain(m.received),
                      path: m.path,
                      ...(m.quantity === undefined ? {} : { quantity: m.quantity }),
                      absError: finiteOrNull(m.absError),
                      relError: finiteOrNull(m.relError),
                    }),
                ...(f.error === undefined ? {} : { message: `${f.error.name}: ${f.error.message}` }),
                ...(f.detail === undefined ? {} : { message: f.detail }),
              },
        hints: task.hints.map((h) => ({ slug: h.slug, text: h.text[lang] })),
      };
    }),
  }));
  return {
    schema: 'bp-grade/1',
    tool: { name: '@bp/grader', version: VERSION },
    lang,
    seed: report.seed,
    startedAt: report.startedAt,
    durationMs: Math.round(report.durationMs),
    points: report.points,
    maxPoints: report.maxPoints,
    counts,
    exercises,
  };
}
