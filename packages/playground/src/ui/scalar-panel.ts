// The controls, picture, node table and nudge check of a scalar worked example (E2, E3).
import type { Value } from '@bp/autograd';
import { ScalarWalk, type ScalarExample } from '../examples/scalar-walk.js';
import { readingOrder } from '../graph/reading-order.js';
import { onLanguageChange, t } from '../i18n.js';
import { button, el } from './dom.js';
import { GraphView, lastPassNodes, revealedNodes } from './graph-view.js';
import { nudgeCheck } from './nudge-check.js';

export interface ScalarPanelOptions {
  /** Prefix of every data-testid in the panel, e.g. 'e2'. */
  readonly id: string;
  readonly example: ScalarExample;
  /** Offer the nudge check (E2). */
  readonly nudge?: { readonly parameter: string; readonly h: number };
  /** More about the current state, under the table (E3's chain rule); null shows nothing. */
  readonly explain?: (walk: ScalarWalk) => HTMLElement | null;
}

export function scalarPanel({ id, example, nudge, explain }: ScalarPanelOptions): HTMLElement {
  const walk = new ScalarWalk(example);
  const format = example.format;
  const picture = new GraphView(`${id}-graph`);
  const readout = el('p', { class: 'readout', 'data-testid': `${id}-readout`, 'aria-live': 'polite' });
  const table = el('table', { class: 'nodes', 'data-testid': `${id}-nodes` });
  const explanation = el('div');
  const nudgeBox = nudge === undefined ? null : nudgeCheck({ id, walk, ...nudge });
  let lastEvent: (() => string) | null = null;

  const forwardButton = button('forward', `${id}-forward`, () => {
    const node = walk.forward();
    if (node !== null) lastEvent = () => t('forwardShows', { node: node.label, value: format(node.data) });
    render();
  });
  const backwardButton = button('backward', `${id}-backward`, () => {
    const node = walk.backward();
    if (node !== null) lastEvent = () => t('backwardShows', { node: node.label, grad: format(node.grad) });
    render();
  });
  const stepButton = button('step', `${id}-step`, () => {
    const { before, after } = walk.step();
    lastEvent = () =>
      t('stepTaken', { rate: example.learningRate, before: format(before), after: format(after) });
    render();
  });
  const resetButton = button('reset', `${id}-reset`, () => {
    walk.reset();
    lastEvent = null;
    render();
  });

  function render(): void {
    forwardButton.disabled = walk.forwardDone;
    backwardButton.disabled = !walk.forwardDone || walk.backwardDone;
    readout.textContent = lastEvent?.() ?? t(walk.forwardDone ? 'pressBackward' : 'pressForward');
    renderTable();
    explanation.replaceChildren(explain?.(walk) ?? '');
    nudgeBox?.refresh();
    void picture.update(walk);
  }

  function renderTable(): void {
    const revealed = revealedNodes(walk);
    const header = el(
      'tr',
      {},
      el('th', {}, t('node')),
      el('th', {}, t('computedAs')),
      el('th', {}, t('value')),
      el('th', {}, t('gradient')),
    );
    const nodes = readingOrder(walk.order).filter((node) => !node.constant);
    const rows = nodes.map((node) => {
      const isLeaf = node.op === '';
      const valueShown = revealed.values.has(node);
      const gradShown = revealed.grads.has(node);
      const current = lastShown(walk) === node;
      return el(
        'tr',
        { 'data-node': node.label, class: current ? 'current' : undefined },
        el('th', { scope: 'row' }, node.label),
        el(
          'td',
          { class: 'formula' },
          isLeaf ? t(isParameter(node) ? 'parameter' : 'input') : (example.formulas[node.label] ?? node.op),
        ),
        el(
          'td',
          { class: 'value', 'data-testid': `${id}-value-${node.label}` },
          valueShown ? format(node.data) : '·',
        ),
        el(
          'td',
          { class: 'grad', 'data-testid': `${id}-grad-${node.label}` },
          gradShown ? format(node.grad) : '·',
        ),
      );
    });
    table.replaceChildren(el('thead', {}, header), el('tbody', {}, ...rows));
  }

  function isParameter(node: Value): boolean {
    return node.label in walk.parameters;
  }

  onLanguageChange(render);
  return el(
    'div',
    { class: 'example' },
    el('div', { class: 'controls' }, forwardButton, backwardButton, stepButton, resetButton),
    readout,
    picture.element,
    el('div', { class: 'table-scroll' }, table),
    explanation,
    nudgeBox?.element,
  );
}

function lastShown(walk: ScalarWalk): Value | null {
  const nodes = lastPassNodes(walk);
  return nodes.length === 0 ? null : nodes[nodes.length - 1];
}
