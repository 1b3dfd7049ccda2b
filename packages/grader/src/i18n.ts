// Student-facing strings of the grader, in pt-BR and English.
import type { Verdict } from './grade.js';
import type { Lang } from './text.js';

type Dict = Record<string, { readonly 'pt-BR': string; readonly en: string }>;

const VERDICT: Record<Verdict, { readonly 'pt-BR': string; readonly en: string }> = {
  solved: { 'pt-BR': 'resolvida', en: 'solved' },
  wrong: { 'pt-BR': 'errada', en: 'wrong' },
  'not-attempted': { 'pt-BR': 'não tentada', en: 'not attempted' },
  'timed-out': { 'pt-BR': 'tempo esgotado', en: 'timed out' },
  crashed: { 'pt-BR': 'erro na execução', en: 'crashed' },
};

export const verdictLabel = (v: Verdict, lang: Lang): string => VERDICT[v][lang];

const M = {
  heading: { 'pt-BR': 'Exercício / tarefa', en: 'Exercise / task' },
  result: { 'pt-BR': 'Resultado', en: 'Result' },
  points: { 'pt-BR': 'Pontos', en: 'Points' },
  total: { 'pt-BR': 'Total', en: 'Total' },
  time: { 'pt-BR': 'tempo', en: 'time' },
  seed: { 'pt-BR': 'semente', en: 'seed' },
  details: { 'pt-BR': 'Detalhes', en: 'Details' },
  exerciseError: {
    'pt-BR': 'não foi possível corrigir este exercício',
    en: 'this exercise could not be graded',
  },
  case: { 'pt-BR': 'caso', en: 'case' },
  input: { 'pt-BR': 'entrada', en: 'input' },
  expected: { 'pt-BR': 'esperado', en: 'expected' },
  received: { 'pt-BR': 'recebido', en: 'received' },
  absError: { 'pt-BR': 'erro absoluto', en: 'absolute error' },
  relError: { 'pt-BR': 'erro relativo', en: 'relative error' },
  at: { 'pt-BR': 'na posição', en: 'at' },
  quantity: {
    'pt-BR': 'primeira grandeza intermediária que diverge',
    en: 'first intermediate quantity that diverges',
  },
  tolerance: { 'pt-BR': 'tolerância', en: 'tolerance' },
  hint: { 'pt-BR': 'dica', en: 'hint' },
  casesPassed: { 'pt-BR': 'casos corretos antes da falha', en: 'cases passed before the failure' },
  notAttempted: {
    'pt-BR': 'ainda lança NotImplementedError (o esqueleto não foi alterado)',
    en: 'still throws NotImplementedError (the stub is untouched)',
  },
  notFinite: {
    'pt-BR': 'a saída contém {v} onde se esperava um número finito',
    en: 'the output contains {v} where a finite number was expected',
  },
  type: { 'pt-BR': 'tipo errado: esperado {e}, recebido {r}', en: 'wrong type: expected {e}, received {r}' },
  shape: {
    'pt-BR': 'formato errado: esperado {e}, recebido {r}',
    en: 'wrong shape: expected {e}, received {r}',
  },
  missingKey: { 'pt-BR': 'a saída não tem a chave "{k}"', en: 'the output has no key "{k}"' },
  unsupported: {
    'pt-BR': 'a função devolveu um {t}, que não é um valor simples (número, array, objeto)',
    en: 'the function returned a {t}, which is not a plain value (number, array, object)',
  },
  mismatch: { 'pt-BR': 'valor diferente do esperado', en: 'value differs from the expected one' },
  mutated: {
    'pt-BR': 'a função alterou o argumento #{i} (em {p}); não modifique as entradas, faça uma cópia',
    en: 'the function changed argument #{i} (at {p}); do not modify the inputs, make a copy',
  },
  threw: { 'pt-BR': 'lançou {e}', en: 'threw {e}' },
  threwNonError: {
    'pt-BR': 'lançou um valor que não é um Error: {e}',
    en: 'threw a value that is not an Error: {e}',
  },
  recursion: { 'pt-BR': ' (recursão sem fim?)', en: ' (endless recursion?)' },
  dependency: {
    'pt-BR': 'chama {f}, que ainda não foi implementada',
    en: 'calls {f}, which is not implemented yet',
  },
  missingExport: {
    'pt-BR': 'o módulo não exporta {f} (exporta: {x})',
    en: 'the module does not export {f} (it exports: {x})',
  },
  loadError: {
    'pt-BR': 'não foi possível carregar o módulo: {e}',
    en: 'the module could not be loaded: {e}',
  },
  timeout: { 'pt-BR': 'passou de {ms} ms (laço infinito?)', en: 'took more than {ms} ms (infinite loop?)' },
  timeoutLoad: {
    'pt-BR': 'passou de {ms} ms ao carregar o módulo (laço infinito no nível do módulo?)',
    en: 'took more than {ms} ms while loading the module (an infinite loop at module level?)',
  },
  crash: { 'pt-BR': 'a execução foi interrompida: {m}', en: 'the run was stopped: {m}' },
  referenceError: {
    'pt-BR': 'a solução de referência falhou neste caso ({m}): avise o professor',
    en: 'the reference solution failed on this case ({m}): tell the teacher',
  },
  outOfMemory: { 'pt-BR': 'memória esgotada', en: 'out of memory' },
  array: { 'pt-BR': 'array', en: 'array' },
  length: { 'pt-BR': 'comprimento', en: 'length' },
  exampleNotAttempted: { 'pt-BR': 'não tentada', en: 'not attempted' },
  tampered: {
    'pt-BR': 'alterou um objeto embutido do JavaScript ({x}); isso não é permitido',
    en: 'changed a JavaScript built-in ({x}); this is not allowed',
  },
  outputLimit: { 'pt-BR': 'imprimiu saída demais ({x})', en: 'printed too much output ({x})' },
  feedbackTitle: { 'pt-BR': 'Relatório de correção', en: 'Grading report' },
  student: { 'pt-BR': 'Estudante', en: 'Student' },
  task: { 'pt-BR': 'Tarefa', en: 'Task' },
  reproduce: {
    'pt-BR': 'Os casos aleatórios desta correção vêm da semente {seed}.',
    en: 'The random cases of this grading come from seed {seed}.',
  },
} satisfies Dict;

export type MessageKey = keyof typeof M;

/** A message with `{name}` placeholders filled. */
export function t(key: MessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return M[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
