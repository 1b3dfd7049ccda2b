// E4: every matrix of the vectorised δ recursion, one card per quantity and layer, revealed by the
// Forward and Backward buttons in the order the course derives them.
import type { Tensor } from '@bp/tensor';
import { DeltaWalk, E4_LEARNING_RATE, E4_X, E4_Y, type Quantity, type Stage } from '../examples/e4.js';
import { formatFixed } from '../format.js';
import { onLanguageChange, t } from '../i18n.js';
import { button, el } from './dom.js';
import { matrixTable } from './matrix.js';

const format = (x: number): string => formatFixed(x, 6);

/** Card titles in the course's notation; `l` is the layer. */
const SYMBOLS: Record<Quantity | 'theta', (l: number) => string> = {
  theta: (l) => `θ(${l})`,
  z: (l) => (l === 1 ? 'z(1) = X θ(1)ᵀ' : `z(${l}) = a(${l - 1}) θ(${l})ᵀ`),
  a: (l) => (l === 2 ? 'a(2) = σ(z(2)) = ŷ' : `a(${l}) = σ(z(${l}))`),
  J: () => 'J = ½ Σ (y − ŷ)²',
  dJda: (l) => `∂J/∂a(${l}) = ŷ − y`,
  aPrime: (l) => `a′(${l}) = a(${l}) ⊙ (1 − a(${l}))`,
  delta: (l) => (l === 2 ? 'δ(2) = ∂J/∂a(2) ⊙ a′(2)' : `δ(${l}) = (δ(${l + 1}) θ(${l + 1})) ⊙ a′(${l})`),
  dJdTheta: (l) => (l === 1 ? '∂J/∂θ(1) = δ(1)ᵀ X' : `∂J/∂θ(${l}) = δ(${l})ᵀ a(${l - 1})`),
};

/** Columns of each layer's row, left to right: forward quantities, then backward ones. */
const LAYER_COLUMNS: readonly (Quantity | 'theta')[] = [
  'theta',
  'z',
  'a',
  'dJda',
  'aPrime',
  'delta',
  'dJdTheta',
];

export function deltaPanel(): HTMLElement {
  const walk = new DeltaWalk();
  const grid = el('div', { class: 'delta-grid', 'data-testid': 'e4-grid' });
  const readout = el('p', { class: 'readout', 'data-testid': 'e4-readout', 'aria-live': 'polite' });
  let lastEvent: (() => string) | null = null;
  let current: Stage | null = null;

  const describe = (stage: Stage): string => SYMBOLS[stage.quantity](stage.layer);
  const forwardButton = button('forward', 'e4-forward', () => {
    current = walk.forward();
    const stage = current;
    if (stage !== null) lastEvent = () => t('e4Computed', { what: describe(stage) });
    render();
  });
  const backwardButton = button('backward', 'e4-backward', () => {
    current = walk.backward();
    const stage = current;
    if (stage !== null) lastEvent = () => t('e4Computed', { what: describe(stage) });
    render();
  });
  const stepButton = button('step', 'e4-step', () => {
    const { before, after } = walk.step();
    current = null;
    lastEvent = () =>
      t('stepTaken', { rate: E4_LEARNING_RATE, before: format(before), after: format(after) });
    render();
  });
  const resetButton = button('reset', 'e4-reset', () => {
    walk.reset();
    current = null;
    lastEvent = null;
    render();
  });

  function shown(layer: number, quantity: Quantity): Tensor | number | null {
    const visible = [
      ...walk.forwardStages.slice(0, walk.forwardShown),
      ...walk.backwardStages.slice(0, walk.backwardShown),
    ];
    return visible.find((s) => s.layer === layer && s.quantity === quantity)?.value ?? null;
  }

  function card(
    title: string,
    value: Tensor | number | null,
    testId: string,
    isCurrent: boolean,
  ): HTMLElement {
    return el(
      'figure',
      { class: `matrix-card${isCurrent ? ' current' : ''}` },
      el('figcaption', {}, title),
      matrixTable(value, format, testId),
    );
  }

  function layerRow(layer: 1 | 2): HTMLElement {
    const cards = LAYER_COLUMNS.filter((q) => !(layer === 1 && q === 'dJda')).map((q) => {
      const testId = `e4-${q}-${layer}`;
      if (q === 'theta') return card(SYMBOLS.theta(layer), walk.weights(layer), testId, false);
      const isCurrent = current !== null && current.layer === layer && current.quantity === q;
      return card(SYMBOLS[q](layer), shown(layer, q), testId, isCurrent);
    });
    return el(
      'div',
      { class: 'layer-row' },
      el('h3', {}, t('layer', { n: layer })),
      el('div', { class: 'cards' }, ...cards),
    );
  }

  function render(): void {
    forwardButton.disabled = walk.forwardDone;
    backwardButton.disabled = !walk.forwardDone || walk.backwardShown === walk.backwardStages.length;
    readout.textContent = lastEvent?.() ?? t(walk.forwardDone ? 'pressBackward' : 'pressForward');
    const loss = shown(2, 'J');
    grid.replaceChildren(
      el(
        'div',
        { class: 'layer-row' },
        el('h3', {}, t('data')),
        el(
          'div',
          { class: 'cards' },
          card('X = a(0)', E4_X, 'e4-X', false),
          card('y', E4_Y, 'e4-y', false),
          card(SYMBOLS.J(2), loss, 'e4-J', current?.quantity === 'J'),
        ),
      ),
      layerRow(1),
      layerRow(2),
    );
  }

  onLanguageChange(render);
  return el(
    'div',
    { class: 'example' },
    el('div', { class: 'controls' }, forwardButton, backwardButton, stepButton, resetButton),
    readout,
    grid,
  );
}
