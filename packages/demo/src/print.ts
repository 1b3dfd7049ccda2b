// Small printing helpers: headings in both languages, numbers with the digits the slides show.
const lang = (process.env.BP_LANG ?? 'pt-BR').toLowerCase().startsWith('en') ? 'en' : 'pt-BR';

export type Say = (ptBR: string, en: string) => string;
export const say: Say = (ptBR, en) => (lang === 'en' ? en : ptBR);

export function heading(id: string, ptBR: string, en: string): string {
  const title = `${id} — ${say(ptBR, en)}`;
  return `\n${title}\n${'═'.repeat(title.length)}`;
}

/** A number with `digits` decimals, as the course's tables print them. */
export function fixed(x: number, digits = 6): string {
  return (Object.is(x, -0) ? 0 : x).toFixed(digits);
}

export function vector(xs: ArrayLike<number>, digits = 6): string {
  return `[${Array.from(xs, (x) => fixed(x, digits)).join(', ')}]`;
}

export function matrix(rows: readonly (readonly number[])[], digits = 6): string {
  return `[${rows.map((r) => vector(r, digits)).join(', ')}]`;
}

export function line(label: string, value: string): string {
  return `  ${label.padEnd(22)} ${value}`;
}
