// `bp new <id>`: a new exercise that passes `bp verify` as created (reference solved, stub not attempted, the
// wrong answer rejected with its misconception), so that a teacher edits from green.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const EXERCISE_ID = /^\d{2,}-[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ScaffoldOptions {
  /** The course folder (exercises/ and solutions/ are created in it). */
  readonly root: string;
  /** NN-kebab-name, e.g. 13-neuron-pre-activation. */
  readonly id: string;
  /** The stub/reference file name (default: the id without its number, e.g. neuron-pre-activation.ts). */
  readonly module?: string;
}

const title = (id: string): string => {
  const words = id.replace(/^\d+-/, '').split('-');
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
};

function files(id: string, module: string): Record<string, string> {
  const number = id.slice(0, id.indexOf('-'));
  const name = title(id);
  const js = module.replace(/\.ts$/, '.js');
  return {
    [`exercises/${id}/README.md`]: `# ${number} — ${name}

<!-- bp new: substitua este enunciado de exemplo pelo seu (e faça o mesmo em README.en.md). -->

A **pré-ativação** de um neurônio é a soma ponderada das entradas mais o viés: z = w·x + b = Σᵢ wᵢ·xᵢ + b.

Arquivo: \`${module}\`.

| função | o que calcular |
| --- | --- |
| \`preActivation(weights, inputs, bias)\` | z = Σᵢ wᵢ·xᵢ + b (\`weights\` e \`inputs\` têm o mesmo comprimento) |

## Exemplo resolvido

w = [0,5, −0,5], x = [1, 2], b = 0,1: z = 0,5·1 + (−0,5)·2 + 0,1 = **−0,4**.

## Como testar

- \`pnpm --filter @bp/exercises test\`: os exemplos públicos e a correção com os casos ocultos.
- \`pnpm grade --only ${id}\`: o relatório com a nota.
`,
    [`exercises/${id}/README.en.md`]: `# ${number} — ${name}

<!-- bp new: replace this example statement with yours (and the same in README.md). -->

The **pre-activation** of a neuron is the weighted sum of its inputs plus its bias: z = w·x + b = Σᵢ wᵢ·xᵢ + b.

File: \`${module}\`.

| function | what to compute |
| --- | --- |
| \`preActivation(weights, inputs, bias)\` | z = Σᵢ wᵢ·xᵢ + b (\`weights\` and \`inputs\` have the same length) |

## Worked example

w = [0.5, −0.5], x = [1, 2], b = 0.1: z = 0.5·1 + (−0.5)·2 + 0.1 = **−0.4**.

## How to test

- \`pnpm --filter @bp/exercises test\`: the public examples and grading on the hidden cases.
- \`pnpm grade --only ${id} --lang en\`: the report with the grade.
`,
    [`exercises/${id}/${module}`]: `/* eslint-disable @typescript-eslint/no-unused-vars -- stubs: replace each body with your implementation */
import { NotImplementedError } from '@bp/grader/stub';

/** z = Σᵢ weights[i]·inputs[i] + bias. */
export function preActivation(weights: number[], inputs: number[], bias: number): number {
  throw new NotImplementedError('preActivation');
}
`,
    [`exercises/${id}/examples.test.ts`]: `// Public examples: a function you have not written yet is reported as skipped ("não tentada"), not as a failure.
import { expect } from 'vitest';
import { example } from '@bp/grader/vitest';
import { preActivation } from './${js}';

example('preActivation([0.5, −0.5], [1, 2], 0.1) = −0.4', () => {
  expect(preActivation([0.5, -0.5], [1, 2], 0.1)).toBeCloseTo(-0.4, 12);
});
`,
    [`solutions/${id}/${module}`]: `// Reference solution of ${id}.

export function preActivation(weights: number[], inputs: number[], bias: number): number {
  let z = bias;
  for (let i = 0; i < weights.length; i++) z += weights[i] * inputs[i];
  return z;
}
`,
    [`solutions/${id}/suite.ts`]: `// Hidden suite of ${id}: the worked example, edge cases, and seeded random cases.
import { defineSuite, type Case, type Rng } from '@bp/grader/suite';

const named = (pt: string, en: string, args: Case['args']): Case => ({ name: { 'pt-BR': pt, en }, args });
const random = (rng: Rng, count: number, draw: () => Case['args']): Case[] =>
  rng.repeat(count, (i) => named(\`aleatório #\${i + 1}\`, \`random #\${i + 1}\`, draw()));

export default defineSuite({
  id: '${id}',
  title: { 'pt-BR': '${name}', en: '${name}' },
  module: '${module}',
  compare: { atol: 1e-12, rtol: 1e-9 },
  seededCount: 5,
  tasks: [
    {
      fn: 'preActivation',
      points: 1,
      title: { 'pt-BR': 'pré-ativação z = w·x + b', en: 'pre-activation z = w·x + b' },
      cases: (rng, n) => [
        named('exemplo resolvido', 'worked example', [[0.5, -0.5], [1, 2], 0.1]),
        named('sem entradas: só o viés', 'no inputs: the bias only', [[], [], 0.7]),
        named('viés zero', 'zero bias', [[2], [3], 0]),
        ...random(rng, n, () => {
          const k = rng.int(1, 6);
          return [rng.array(k, () => rng.normal(0, 1)), rng.array(k, () => rng.uniform(-2, 2)), rng.normal(0, 1)];
        }),
      ],
    },
  ],
});
`,
    [`solutions/${id}/wrong/forgets-bias.ts`]: `// Wrong answer: the weighted sum without the bias.
import type { Misconception } from '@bp/grader/suite';

export const misconception: Misconception = {
  'pt-BR': 'O viés b faz parte da pré-ativação: z = w·x + b. Sem ele, a fronteira de decisão do neurônio é obrigada a passar pela origem.',
  en: 'The bias b is part of the pre-activation: z = w·x + b. Without it, the neuron’s decision boundary is forced through the origin.',
};
export const targets = ['preActivation'];

export function preActivation(weights: number[], inputs: number[], _bias: number): number {
  let z = 0;
  for (let i = 0; i < weights.length; i++) z += weights[i] * inputs[i];
  return z;
}
`,
  };
}

/** Writes the new exercise's files; throws if the id is malformed or either folder exists. Returns the files, relative to root. */
export function scaffoldExercise(o: ScaffoldOptions): { files: string[] } {
  if (!EXERCISE_ID.test(o.id))
    throw new RangeError(
      `exercise id "${o.id}" must look like 13-kebab-name (two or more digits, a dash, lowercase words)`,
    );
  const module = o.module ?? `${o.id.replace(/^\d+-/, '')}.ts`;
  if (!/^[a-z0-9][a-z0-9-]*\.ts$/.test(module) || module.endsWith('.test.ts'))
    throw new RangeError(`--module "${module}" must be a kebab-case .ts file name`);
  for (const side of ['exercises', 'solutions']) {
    if (existsSync(join(o.root, side, o.id))) throw new RangeError(`${side}/${o.id} already exists`);
  }
  const out = files(o.id, module);
  for (const [path, text] of Object.entries(out)) {
    mkdirSync(dirname(join(o.root, path)), { recursive: true });
    writeFileSync(join(o.root, path), text, { flag: 'wx' });
  }
  return { files: Object.keys(out) };
}
