/** The languages of student-facing text. */
export const LANGS = ['pt-BR', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Student-facing text: one string for both languages (names, formulas) or one per language. */
export type Text = string | { readonly 'pt-BR': string; readonly en: string };

export function localize(text: Text, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** `--lang`, then `BP_LANG`, then pt-BR (the course's language). */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const value = flag ?? env.BP_LANG;
  if (value === undefined || value === '') return 'pt-BR';
  if (!isLang(value)) throw new RangeError(`unknown language "${value}": use one of ${LANGS.join(', ')}`);
  return value;
}
