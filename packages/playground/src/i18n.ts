// The page's two languages. Static labels carry `data-i18n` and are rewritten on a switch; dynamic text
// (status lines, captions that include numbers) re-renders through `onLanguageChange`.
import { messages, type MessageKey } from './messages.js';

export type Language = 'pt-BR' | 'en';

/** Portuguese first: the course is Brazilian. */
export const LANGUAGES: readonly Language[] = ['pt-BR', 'en'];

let current: Language = 'pt-BR';
const listeners: (() => void)[] = [];

export function language(): Language {
  return current;
}

/** The message in the current language, with `{name}` placeholders filled from `vars`. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const [pt, en] = messages[key];
  const template = current === 'pt-BR' ? pt : en;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function setLanguage(next: Language): void {
  current = next;
  document.documentElement.lang = next;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
  for (const listener of listeners) listener();
}

/** Runs `render` now and again after every language switch. */
export function onLanguageChange(render: () => void): void {
  listeners.push(render);
  render();
}

export type { MessageKey };
