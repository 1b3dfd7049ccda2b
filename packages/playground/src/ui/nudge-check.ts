// The nudge check: move one parameter by h and compare the slope (J(p + h) − J(p)) / h with the gradient
// backprop gives. It costs one extra forward pass per parameter, which is why backprop exists.
import { formatNumber } from '@bp/autograd';
import type { ScalarWalk } from '../examples/scalar-walk.js';
import { onLanguageChange, t } from '../i18n.js';
import { button, el, label } from './dom.js';

export interface NudgeCheckOptions {
  readonly id: string;
  readonly walk: ScalarWalk;
  /** The parameter nudged first, e.g. 'w1'. */
  readonly parameter: string;
  readonly h: number;
}

/** The nudge check's element, and `refresh` to recompute it after the parameters changed (a Step). */
export function nudgeCheck({ id, walk, parameter, h }: NudgeCheckOptions): {
  element: HTMLElement;
  refresh: () => void;
} {
  const format = walk.example.format;
  const choice = el(
    'select',
    { 'data-testid': `${id}-nudge-parameter` },
    ...Object.keys(walk.parameters).map((name) =>
      el('option', { value: name, selected: name === parameter }, name),
    ),
  );
  const step = el('input', {
    type: 'number',
    value: h,
    step: 'any',
    'data-testid': `${id}-nudge-h`,
    class: 'narrow',
  });
  const output = el('dl', { class: 'nudge-result', 'data-testid': `${id}-nudge-result` });
  let shown = false;

  const run = button('nudge', `${id}-nudge`, () => {
    shown = true;
    render();
  });

  function render(): void {
    if (!shown) return;
    const name = choice.value;
    const r = walk.nudge(name, Number(step.value) || h); // h = 0 or no number: the default h
    const slope = formatNumber(r.numeric, 8);
    const row = (term: string, value: string, testId: string): HTMLElement[] => [
      el('dt', {}, term),
      el('dd', { 'data-testid': `${id}-nudge-${testId}` }, value),
    ];
    output.replaceChildren(
      ...row(`${name} + h`, format(walk.parameters[name] + r.h), 'nudged-parameter'),
      ...row(`${walk.example.outputLabel}(${name} + h)`, format(r.nudgedOutput), 'output'),
      ...row(`J(${name} + h)`, format(r.nudgedLoss), 'loss'),
      ...row(`(J(${name} + h) − J) / h`, slope, 'numeric'),
      ...row(t('backpropSays', { name }), format(r.backprop), 'backprop'),
    );
  }

  onLanguageChange(render);
  const element = el(
    'div',
    { class: 'nudge' },
    label('nudgeTitle', 'h3'),
    label('nudgeIntro', 'p'),
    el(
      'div',
      { class: 'controls' },
      el('label', {}, label('nudgeParameter'), ' ', choice),
      el('label', {}, 'h ', step),
      run,
    ),
    output,
  );
  return { element, refresh: render };
}
