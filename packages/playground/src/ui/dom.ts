// A few helpers so the panels read as a description of the page rather than DOM plumbing.
import { t, type MessageKey } from '../i18n.js';

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined>;

/** `el('button', { class: 'primary' }, 'text', child)`; `false`/`undefined` attributes are left out. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** A span whose text follows the language switch. */
export function label(key: MessageKey, tag: keyof HTMLElementTagNameMap = 'span'): HTMLElement {
  const element = document.createElement(tag);
  element.dataset.i18n = key;
  element.textContent = t(key);
  return element;
}

/** A button labelled by a message key. */
export function button(key: MessageKey, testId: string, onClick: () => void): HTMLButtonElement {
  const element = el('button', { type: 'button', 'data-testid': testId });
  element.dataset.i18n = key;
  element.textContent = t(key);
  element.addEventListener('click', onClick);
  return element;
}

/** A titled card for one example or tool. */
export function section(
  id: string,
  titleKey: MessageKey,
  introKey: MessageKey,
  ...body: Child[]
): HTMLElement {
  return el('section', { id, class: 'card' }, label(titleKey, 'h2'), label(introKey, 'p'), ...body);
}
