// The page: a header with the language switch, then one card per worked example and the live training.
import './styles.css';
import { e2 } from './examples/e2.js';
import { e3 } from './examples/e3.js';
import { chainRuleBox } from './ui/chain-rule.js';
import { deltaPanel } from './ui/delta-panel.js';
import { el, label, section } from './ui/dom.js';
import { languageSwitch } from './ui/language-switch.js';
import { scalarPanel } from './ui/scalar-panel.js';
import { trainPanel } from './ui/train-panel.js';

function page(): HTMLElement {
  const nav = el(
    'nav',
    {},
    ...(
      [
        ['#e2', 'navE2'],
        ['#e3', 'navE3'],
        ['#e4', 'navE4'],
        ['#train', 'navTrain'],
      ] as const
    ).map(([href, key]) => el('a', { href }, label(key))),
  );
  return el(
    'div',
    { class: 'page' },
    el(
      'header',
      {},
      el('div', { class: 'title' }, label('title', 'h1'), label('subtitle', 'p')),
      languageSwitch(),
    ),
    nav,
    el(
      'main',
      {},
      section(
        'e2',
        'e2Title',
        'e2Intro',
        scalarPanel({ id: 'e2', example: e2, nudge: { parameter: 'w1', h: 0.001 } }),
      ),
      section('e3', 'e3Title', 'e3Intro', scalarPanel({ id: 'e3', example: e3, explain: chainRuleBox })),
      section('e4', 'e4Title', 'e4Intro', deltaPanel()),
      section('train', 'trainTitle', 'trainIntro', trainPanel()),
    ),
    el('footer', {}, label('footer', 'p')),
  );
}

document.querySelector('#app')!.replaceChildren(page());
document.body.dataset.ready = 'true';
