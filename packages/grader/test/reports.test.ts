// Reports from a synthetic grade: our JSON schema, Gradescope's results.json, JUnit XML, the table, i18n.
import { describe, expect, it } from 'vitest';
import type { GradeReport, TaskResult } from '../src/grade.js';
import { toJsonReport } from '../src/report/json.js';
import { toGradescope } from '../src/report/gradescope.js';
import { toJUnit } from '../src/report/junit.js';
import { renderTable, useColor } from '../src/report/table.js';
import { taskFeedback, MAX_FEEDBACK_CHARS } from '../src/feedback.js';

const base = { title: { 'pt-BR': 'tarefa', en: 'task' }, maxPoints: 2, casesTotal: 3, hints: [] };
const tasks: TaskResult[] = [
  { ...base, fn: 'a', verdict: 'solved', points: 2, casesPassed: 3 },
  {
    ...base,
    fn: 'b',
    verdict: 'wrong',
    points: 0,
    casesPassed: 1,
    failure: {
      kind: 'mismatch',
      caseIndex: 1,
      caseName: { 'pt-BR': 'borda <&>', en: 'edge <&>' },
      args: [[1, 2], 'x"y'],
      mismatch: {
        reason: 'value',
        path: '.slope',
        quantity: 'slope',
        expected: 1,
        received: 1.5,
        absError: 0.5,
        relError: 0.5,
      },
    },
    hints: [{ slug: 'sign', text: { 'pt-BR': 'sinal trocado', en: 'flipped sign' } }],
  },
  {
    ...base,
    fn: 'c',
    verdict: 'not-attempted',
    points: 0,
    casesPassed: 0,
    failure: {
      kind: 'threw',
      caseIndex: 0,
      caseName: 'c0',
      args: [],
      error: { notImplemented: 'c', isError: true, name: 'NotImplementedError', message: 'c' },
    },
  },
  {
    ...base,
    fn: 'd',
    verdict: 'timed-out',
    points: 0,
    casesPassed: 0,
    failure: { kind: 'timeout', caseIndex: 0, caseName: 'c0', args: [1], timeoutMs: 2000, phase: 'call' },
  },
  {
    ...base,
    fn: 'e',
    verdict: 'crashed',
    points: 0,
    casesPassed: 0,
    failure: {
      kind: 'threw',
      caseIndex: 0,
      caseName: 'c0',
      args: [1],
      error: { isError: true, name: 'TypeError', message: 'x is \u0000 undefined' },
    },
  },
];
const report: GradeReport = {
  seed: 3,
  startedAt: '2025-01-01T00:00:00.000Z',
  durationMs: 1234,
  points: 2,
  maxPoints: 10,
  exercises: [
    {
      id: '01-x',
      title: { 'pt-BR': 'Exercício', en: 'Exercise' },
      module: 'm.ts',
      points: 2,
      maxPoints: 10,
      durationMs: 1000,
      tasks,
    },
  ],
};

/** Minimal XML well-formedness: one root, balanced tags, quoted attributes, only known entities. */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    if (m[6] !== undefined) throw new Error(`stray < at ${m.index}`);
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(m[5])) throw new Error(`bad entity in ${m[5]}`);
      if (stack.length === 0 && m[5].trim() !== '') throw new Error('text outside the root');
      continue;
    }
    const [, close, name, , selfClose] = m;
    if (close === '/') {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      if (stack.length === 0) roots++;
      if (selfClose !== '/') stack.push(name);
    }
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

describe('reports', () => {
  it('JSON follows the bp-grade/1 schema', () => {
    const j = toJsonReport(report, 'en');
    expect(j).toMatchObject({
      schema: 'bp-grade/1',
      tool: { name: '@bp/grader' },
      lang: 'en',
      seed: 3,
      points: 2,
      maxPoints: 10,
      durationMs: 1234,
    });
    expect(j.counts).toEqual({ solved: 1, wrong: 1, 'not-attempted': 1, 'timed-out': 1, crashed: 1 });
    const b = j.exercises[0].tasks[1];
    expect(b).toMatchObject({
      id: '01-x/b',
      fn: 'b',
      verdict: 'wrong',
      points: 0,
      maxPoints: 2,
      casesPassed: 1,
      casesTotal: 3,
    });
    expect(b.failure).toMatchObject({
      kind: 'mismatch',
      case: { index: 1, name: 'edge <&>' },
      expected: 1,
      received: 1.5,
      path: '.slope',
      quantity: 'slope',
      absError: 0.5,
    });
    expect(b.hints).toEqual([{ slug: 'sign', text: 'flipped sign' }]);
    expect(j.exercises[0].tasks[0].failure).toBeNull();
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });

  it('Gradescope results.json has score, max_score and tests with the required fields', () => {
    const g = toGradescope(report, 'en');
    expect(g.score).toBe(2);
    expect(g.max_score).toBe(10);
    expect(g.tests).toHaveLength(5);
    for (const t of g.tests) {
      expect(Object.keys(t).sort()).toEqual(['max_score', 'name', 'output', 'score', 'status', 'visibility']);
      expect(['passed', 'failed']).toContain(t.status);
    }
    expect(g.tests.map((t) => t.status)).toEqual(['passed', 'failed', 'failed', 'failed', 'failed']);
    expect(g.tests[1].output).toContain('hint: flipped sign');
  });

  it('JUnit XML is well formed; not attempted is skipped, wrong a failure, crash and timeout errors', () => {
    const xml = toJUnit(report, 'en');
    assertWellFormedXml(xml);
    expect(xml).toMatch(/<testsuites name="bp grade" tests="5" failures="1" errors="2" skipped="1"/);
    expect(xml).toContain('<skipped message="not attempted"/>');
    expect(xml).toContain('type="wrong"');
    expect(xml).toContain('edge &lt;&amp;&gt;');
    expect(xml).not.toContain('\u0000');
  });

  it('speaks pt-BR by default and English on request', () => {
    const pt = renderTable(report, 'pt-BR');
    const en = renderTable(report, 'en');
    expect(pt).toContain('Exercício / tarefa');
    expect(pt).toMatch(/não tentada/);
    expect(pt).toMatch(/tempo esgotado/);
    expect(pt).toContain('dica: sinal trocado');
    expect(en).toContain('Exercise / task');
    expect(en).toMatch(/not attempted/);
    expect(en).toContain('hint: flipped sign');
    expect(taskFeedback(tasks[1], 'pt-BR')).toContain('primeira grandeza intermediária que diverge: slope');
    expect(toGradescope(report, 'pt-BR').tests[2].output).toContain('não tentada');
  });

  it('colours only on a TTY without NO_COLOR', () => {
    expect(renderTable(report, 'en', false)).not.toContain('\u001b[');
    expect(renderTable(report, 'en', true)).toContain('\u001b[');
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
  });

  it('caps feedback to a readable length', () => {
    const huge: TaskResult = {
      ...tasks[1],
      failure: {
        ...tasks[1].failure!,
        args: [Array.from({ length: 10_000 }, (_, i) => i)],
        mismatch: { reason: 'shape', path: '', expected: Array(5000).fill(1), received: Array(4000).fill(2) },
      },
      hints: [{ slug: 'x', text: { 'pt-BR': 'p'.repeat(5000), en: 'e'.repeat(5000) } }],
    };
    expect(taskFeedback(huge, 'en').length).toBeLessThanOrEqual(MAX_FEEDBACK_CHARS);
  });
});
