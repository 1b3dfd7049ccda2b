// pt-BR | EN toggle; the choice is remembered for the next visit.
import { LANGUAGES, language, onLanguageChange, setLanguage, type Language } from '../i18n.js';
import { el, label } from './dom.js';

const STORAGE_KEY = 'bp-playground-language';
const SHORT_NAMES: Record<Language, string> = { 'pt-BR': 'PT', en: 'EN' };

export function languageSwitch(): HTMLElement {
  const buttons = LANGUAGES.map((lang) => {
    const b = el('button', { type: 'button', lang, 'data-testid': `lang-${lang}` }, SHORT_NAMES[lang]);
    b.addEventListener('click', () => {
      localStorage.setItem(STORAGE_KEY, lang);
      setLanguage(lang);
    });
    return b;
  });
  onLanguageChange(() =>
    buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(LANGUAGES[i] === language()))),
  );
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'pt-BR') queueMicrotask(() => setLanguage(saved));
  return el(
    'div',
    { class: 'language', role: 'group', 'aria-label': 'Idioma / Language' },
    label('languageLabel'),
    ...buttons,
  );
}
