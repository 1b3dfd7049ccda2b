// A matrix as a small bracketed table, or a placeholder before the walk reaches it.
import type { Tensor } from '@bp/tensor';
import { el } from './dom.js';

export function matrixTable(
  value: Tensor | number | null,
  format: (x: number) => string,
  testId: string,
): HTMLElement {
  if (value === null) return el('div', { class: 'matrix pending', 'data-testid': testId }, '?');
  if (typeof value === 'number') {
    return el(
      'div',
      { class: 'matrix scalar', 'data-testid': testId },
      el('span', { class: 'cell' }, format(value)),
    );
  }
  const rows = value.ndim === 1 ? [value.toArray() as number[]] : (value.toArray() as number[][]);
  return el(
    'table',
    { class: 'matrix', 'data-testid': testId, 'data-shape': value.shape.join('x') },
    el(
      'tbody',
      {},
      ...rows.map((row) => el('tr', {}, ...row.map((x) => el('td', { class: 'cell' }, format(x))))),
    ),
  );
}
