// E3's chain rule as a product of local derivatives, shown once the backward pass is complete, next to the
// gradient backward() found: the two agree, which is the point of the example.
import { e3ChainRule } from '../examples/e3.js';
import type { ScalarWalk } from '../examples/scalar-walk.js';
import { t } from '../i18n.js';
import { el } from './dom.js';

export function chainRuleBox(walk: ScalarWalk): HTMLElement | null {
  if (!walk.backwardDone) return null;
  const format = walk.example.format;
  return el(
    'div',
    { class: 'chain-rule', 'data-testid': 'e3-chain-rule' },
    el('h3', {}, t('chainRuleTitle')),
    ...e3ChainRule(walk).map((line) =>
      el(
        'div',
        { class: 'chain-line' },
        el('div', { class: 'chain-gradient' }, `${line.gradient} =`),
        el(
          'div',
          { class: 'chain-factors' },
          ...line.factors.map((f, i) =>
            el(
              'span',
              { class: 'factor' },
              i > 0 ? '× ' : '',
              el('span', { class: 'symbol' }, f.symbol),
              ` (${format(f.value)})`,
            ),
          ),
        ),
        el(
          'div',
          { class: 'chain-result' },
          `= ${format(line.product)}`,
          el(
            'span',
            { class: 'muted' },
            ` · ${t('backpropSays', { name: line.gradient.slice(4) })} = ${format(line.backprop)}`,
          ),
        ),
      ),
    ),
  );
}
