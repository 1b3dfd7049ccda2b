// Live training of XOR or moons: settings, Start/Pause/Reset, the decision boundary and the loss curve.
import { onLanguageChange, t } from '../i18n.js';
import { LiveLoop } from '../train/live.js';
import { STEPS_PER_POINT, boundaryPicture, lossPicture } from '../train/plots.js';
import {
  DEFAULT_SETTINGS,
  TrainingSession,
  type DatasetName,
  type OptimizerName,
  type TrainingSettings,
} from '../train/session.js';
import { button, el, label } from './dom.js';

/** Training stops by itself here, so a forgotten tab does not spin forever. */
const STEP_LIMIT = 20_000;
/** Redrawing both SVG pictures costs more than a frame's worth of training steps; ten times a second is smooth enough. */
const PICTURE_INTERVAL_MS = 100;

export function trainPanel(): HTMLElement {
  const dataset = select<DatasetName>('train-dataset', DEFAULT_SETTINGS.dataset, [
    ['xor', () => 'XOR'],
    ['moons', () => t('moons')],
  ]);
  const optimizer = select<OptimizerName>('train-optimizer', DEFAULT_SETTINGS.optimizer, [
    ['adam', () => 'Adam'],
    ['sgd', () => 'SGD'],
  ]);
  const learningRate = el('input', {
    type: 'number',
    min: 0.001,
    max: 2,
    step: 0.005,
    value: DEFAULT_SETTINGS.learningRate,
    class: 'narrow',
    'data-testid': 'train-lr',
  });
  const hidden = el('input', {
    type: 'number',
    min: 1,
    max: 64,
    step: 1,
    value: DEFAULT_SETTINGS.hidden,
    class: 'narrow',
    'data-testid': 'train-hidden',
  });
  const boundary = el('div', { class: 'plot', 'data-testid': 'train-boundary' });
  const lossCurve = el('div', { class: 'plot', 'data-testid': 'train-loss-curve' });
  const status = el('p', { class: 'readout', 'data-testid': 'train-status', 'aria-live': 'polite' });
  const stepCount = el('dd', { 'data-testid': 'train-steps' });
  const lossValue = el('dd', { 'data-testid': 'train-loss' });
  const accuracyValue = el('dd', { 'data-testid': 'train-accuracy' });

  let session = new TrainingSession(readSettings());
  const loop = new LiveLoop({
    step: () => session.trainStep(),
    canContinue: () => session.steps < STEP_LIMIT,
    afterFrame: () => draw({ throttled: loop.isRunning }),
  });
  /** When the pictures were last redrawn: while training they are redrawn a few times a second only. */
  let picturesDrawnAt = -Infinity;

  function readSettings(): TrainingSettings {
    return {
      dataset: dataset.value as DatasetName,
      optimizer: optimizer.value as OptimizerName,
      learningRate: positiveOr(learningRate.valueAsNumber, DEFAULT_SETTINGS.learningRate),
      hidden: Math.round(positiveOr(hidden.valueAsNumber, DEFAULT_SETTINGS.hidden)),
    };
  }

  function reset(): void {
    loop.pause();
    session = new TrainingSession(readSettings());
    draw();
  }

  /** Stats on every call; the two pictures (an SVG each) at most every PICTURE_INTERVAL_MS when throttled. */
  function draw({ throttled = false } = {}): void {
    const now = performance.now();
    if (!throttled || now - picturesDrawnAt >= PICTURE_INTERVAL_MS) {
      picturesDrawnAt = now;
      boundary.innerHTML = boundaryPicture(session);
      lossCurve.innerHTML = lossPicture(session.losses, {
        steps: t('lossAxis', { n: STEPS_PER_POINT }),
        loss: t('loss'),
      });
    }
    const losses = session.losses;
    stepCount.textContent = String(session.steps);
    lossValue.textContent = losses.length === 0 ? '—' : losses[losses.length - 1].toFixed(4);
    // Rounded down: the page says 100% only when every point is classified correctly.
    accuracyValue.textContent = `${Math.floor(session.accuracy() * 100)}%`;
    status.textContent = t(statusKey(), { limit: STEP_LIMIT });
    startButton.disabled = loop.isRunning || session.steps >= STEP_LIMIT;
    pauseButton.disabled = !loop.isRunning;
  }

  function statusKey(): 'training' | 'stepLimit' | 'paused' | 'ready' {
    if (loop.isRunning) return 'training';
    if (session.steps >= STEP_LIMIT) return 'stepLimit';
    return session.steps > 0 ? 'paused' : 'ready';
  }

  const startButton = button('start', 'train-start', () => {
    loop.start();
    draw();
  });
  const pauseButton = button('pause', 'train-pause', () => {
    loop.pause();
    draw();
  });
  const resetButton = button('reset', 'train-reset', reset);
  dataset.addEventListener('change', reset);
  optimizer.addEventListener('change', reset);
  hidden.addEventListener('change', reset);
  // The learning rate is read by every step, so it can change while training runs.
  learningRate.addEventListener('change', () =>
    session.setLearningRate(positiveOr(learningRate.valueAsNumber, DEFAULT_SETTINGS.learningRate)),
  );

  onLanguageChange(() => draw());
  return el(
    'div',
    { class: 'example train' },
    el(
      'div',
      { class: 'controls settings' },
      field('dataset', dataset),
      field('optimizer', optimizer),
      field('learningRate', learningRate),
      field('hiddenUnits', hidden),
    ),
    el('div', { class: 'controls' }, startButton, pauseButton, resetButton),
    status,
    el(
      'div',
      { class: 'plots' },
      el('figure', {}, boundary, label('boundaryCaption', 'figcaption')),
      el(
        'div',
        { class: 'loss-side' },
        el('figure', {}, lossCurve, label('lossCaption', 'figcaption')),
        el(
          'dl',
          { class: 'stats' },
          label('steps', 'dt'),
          stepCount,
          label('loss', 'dt'),
          lossValue,
          label('accuracy', 'dt'),
          accuracyValue,
        ),
      ),
    ),
  );
}

function field(key: Parameters<typeof label>[0], input: HTMLElement): HTMLElement {
  return el('label', { class: 'field' }, label(key), input);
}

/** A select whose option texts follow the language. */
function select<V extends string>(
  testId: string,
  initial: V,
  options: [V, () => string][],
): HTMLSelectElement {
  const element = el('select', { 'data-testid': testId });
  const items = options.map(([value]) => el('option', { value, selected: value === initial }));
  element.append(...items);
  onLanguageChange(() => items.forEach((item, i) => (item.textContent = options[i][1]())));
  return element;
}

function positiveOr(x: number, fallback: number): number {
  return Number.isFinite(x) && x > 0 ? x : fallback;
}
