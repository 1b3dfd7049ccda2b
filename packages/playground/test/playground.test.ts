// The playground in a real browser: the page computes the worked examples with the @bp packages, and the
// numbers it shows must be those of the root README's worked examples (E2 to the digits given, one E4 matrix), XOR must
// train to 100%, the language switch must relabel the page, and the console must stay free of errors.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR, openPlayground, type Playground } from './browser.js';

// E2 in the root README's worked examples: forward nodes and backward derivatives.
const E2_FORWARD: Record<string, string> = { t1: '2', z1: '2', a1: '2', t2: '6', z2: '7', a2: '7', J: '2' };
const E2_BACKWARD: Record<string, string> = {
  a2: '2',
  z2: '2',
  b2: '2',
  t2: '2',
  w2: '4',
  a1: '6',
  z1: '6',
  b1: '6',
  t1: '6',
  w1: '6',
};

// [node, a node computed from it]: backward must reach the second before the first.
const E2_USES = [
  ['a2', 'J'],
  ['z2', 'a2'],
  ['b2', 'z2'],
  ['t2', 'z2'],
  ['w2', 't2'],
  ['a1', 't2'],
  ['z1', 'a1'],
  ['b1', 'z1'],
  ['t1', 'z1'],
  ['w1', 't1'],
] as const;

let playground: Playground;
let page: Page;

beforeAll(async () => {
  playground = await openPlayground();
  page = playground.page;
  // Graphviz (WebAssembly) draws the graphs asynchronously after the page is ready.
  await page.getByTestId('e2-graph').locator('svg').waitFor();
  await page.getByTestId('e3-graph').locator('svg').waitFor();
});

afterAll(async () => {
  await playground?.close();
});

const text = (testId: string): Promise<string> => page.getByTestId(testId).innerText();

/** Every cell of a matrix shown on the page, row by row. */
async function matrix(testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
}

/**
 * The node the last click showed: the table row marked current, after checking that the graph picture lights
 * up exactly one value node, the same one (its box holds the row's label).
 */
async function currentNode(prefix: string): Promise<string> {
  const row = await page.getByTestId(`${prefix}-nodes`).locator('tr.current').getAttribute('data-node');
  expect(row).not.toBeNull();
  const lit = page.getByTestId(`${prefix}-graph`).locator('g.node-current[id^="v"]');
  await expect
    .poll(async () => ((await lit.count()) === 1 ? lit.locator('text').allTextContents() : []))
    .toContain(row);
  return row!;
}

describe('E2, the computation graph', () => {
  it('Forward shows each node value in topological order, lighting up the node', async () => {
    const seen: string[] = [];
    while (await page.getByTestId('e2-forward').isEnabled()) {
      await page.getByTestId('e2-forward').click();
      seen.push(await currentNode('e2'));
    }
    // t1 before z1 before a1 …: topological order, J last.
    expect(seen.filter((n) => n in E2_FORWARD)).toEqual(Object.keys(E2_FORWARD));
    for (const [node, value] of Object.entries(E2_FORWARD))
      expect(await text(`e2-value-${node}`)).toBe(value);
  });

  it('Backward shows each gradient in reverse order, lighting up the node', async () => {
    const seen: string[] = [];
    while (await page.getByTestId('e2-backward').isEnabled()) {
      await page.getByTestId('e2-backward').click();
      seen.push(await currentNode('e2'));
    }
    // Reverse topological order: J first, and every node after each node that uses it.
    expect(seen[0]).toBe('J');
    for (const [node, user] of E2_USES) expect(seen.indexOf(node)).toBeGreaterThan(seen.indexOf(user));
    for (const [node, grad] of Object.entries(E2_BACKWARD)) expect(await text(`e2-grad-${node}`)).toBe(grad);
  });

  it('the nudge check: w1 = 2.001 gives a2 = 7.003 and J = 2.0060045, slope ≈ 6 as backprop says', async () => {
    await page.getByTestId('e2-nudge').click();
    expect(await text('e2-nudge-nudged-parameter')).toBe('2.001');
    expect(await text('e2-nudge-output')).toBe('7.003');
    expect(await text('e2-nudge-loss')).toBe('2.0060045');
    expect(await text('e2-nudge-numeric')).toBe('6.0045');
    expect(await text('e2-nudge-backprop')).toBe('6');
  });

  it('Step lowers J, and Reset brings the example back', async () => {
    await page.getByTestId('e2-step').click();
    expect(await text('e2-readout')).toMatch(/J foi de 2 para 1\.19/);
    await page.getByTestId('e2-reset').click();
    await page.getByTestId('e2-forward').click();
    expect(await text('e2-value-t1')).toBe('2');
  });
});

describe('E3, the chain rule', () => {
  it('shows ŷ, J and both gradients to 10 decimals, then one SGD step', async () => {
    while (await page.getByTestId('e3-forward').isEnabled()) await page.getByTestId('e3-forward').click();
    expect(await text('e3-value-a1')).toBe('0.3775406688');
    expect(await text('e3-value-ŷ')).toBe('0.5470529419');
    expect(await text('e3-value-J')).toBe('0.1025805187');
    while (await page.getByTestId('e3-backward').isEnabled()) await page.getByTestId('e3-backward').click();
    expect(await text('e3-grad-θ2')).toBe('-0.0423728802');
    expect(await text('e3-grad-θ1')).toBe('-0.0131876973');
    expect(await text('e3-chain-rule')).toContain('= -0.0131876973');
    await page.getByTestId('e3-step').click();
    expect(await text('e3-readout')).toContain('J foi de 0.1025805187 para 0.1023835419');
    expect(await text('e3-value-θ2')).toBe('0.5042372880');
    expect(await text('e3-value-θ1')).toBe('-0.4986812303');
  });
});

describe('E4, the delta recursion', () => {
  it('shows every matrix of the worked example, then one step', async () => {
    for (let i = 0; i < 5; i++) await page.getByTestId('e4-forward').click();
    expect(await matrix('e4-a-1')).toEqual([
      ['0.567093', '0.571996', '0.442752'],
      ['0.554779', '0.514996', '0.435364'],
    ]);
    while (await page.getByTestId('e4-backward').isEnabled()) await page.getByTestId('e4-backward').click();
    expect(await matrix('e4-delta-1')).toEqual([
      ['-0.003880', '0.000553', '-0.001114'],
      ['-0.008085', '0.001168', '-0.002299'],
    ]);
    expect(await matrix('e4-dJdTheta-1')).toEqual([
      ['-0.003557', '-0.005239'],
      ['0.000510', '0.000756'],
      ['-0.001017', '-0.001491'],
    ]);
    expect(await matrix('e4-dJdTheta-2')).toEqual([['-0.038748', '-0.036998', '-0.030356']]);
    await page.getByTestId('e4-step').click();
    expect(await matrix('e4-theta-1')).toEqual([
      ['0.500356', '0.200524'],
      ['0.599949', '-0.100076'],
      ['-0.399898', '-0.299851'],
    ]);
    expect(await matrix('e4-theta-2')).toEqual([['0.703875', '-0.096300', '0.203036']]);
  });
});

describe('live training', () => {
  it('trains XOR until the page reports 100% accuracy', async () => {
    await page.getByTestId('train-start').click();
    // Bounded: XOR takes a few hundred steps, a fraction of a second; the bound allows for a loaded CI machine.
    await page.getByTestId('train-accuracy').filter({ hasText: '100%' }).waitFor({ timeout: 60_000 });
    // Checked and clicked in one go inside the page: on a slow machine training may already have reached its
    // step limit (and disabled Pause) by the time the test gets here.
    await page.evaluate(() => {
      const pause = document.querySelector<HTMLButtonElement>('[data-testid="train-pause"]');
      if (pause !== null && !pause.disabled) pause.click();
    });
    await page.getByTestId('train-pause').and(page.locator(':disabled')).waitFor();
    expect(Number(await text('train-steps'))).toBeGreaterThan(0);
    expect(Number(await text('train-loss'))).toBeLessThan(0.3);
  });
});

describe('language switch', () => {
  it('relabels the page in English and back in Portuguese', async () => {
    expect(await text('e2-forward')).toBe('Ida (forward)');
    await page.getByTestId('lang-en').click();
    expect(await text('e2-forward')).toBe('Forward');
    expect(await page.locator('h1').innerText()).toBe('Backpropagation playground');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('saves a screenshot of the page', async () => {
    await showEveryExample();
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = join(PACKAGE_DIR, 'screenshots', 'playground.png');
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
    // The root README shows a copy; refreshing it is a choice (training makes every screenshot differ a little).
    const docs = join(PACKAGE_DIR, '..', '..', 'docs', 'playground.png');
    if (!existsSync(docs) || process.env.BP_UPDATE_SCREENSHOT === '1') {
      mkdirSync(dirname(docs), { recursive: true });
      copyFileSync(file, docs);
    }
  });
});

/** A page worth a picture: E2 halfway back, E3 and E4 complete, the trained XOR already on screen. */
async function showEveryExample(): Promise<void> {
  // Clicked inside the page: these clicks set the scene, the tests above already checked what they do.
  await page.evaluate(() => {
    const press = (testId: string, times = Infinity): void => {
      const target = document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!;
      for (let i = 0; i < times && !target.disabled; i++) target.click();
    };
    press('e2-reset', 1);
    press('e2-forward');
    press('e2-backward', 7);
    press('e3-reset', 1);
    press('e3-forward');
    press('e3-backward');
    press('e4-reset', 1);
    press('e4-forward');
    press('e4-backward');
  });
  // Let Graphviz redraw the graphs the resets replaced.
  await page.getByTestId('e2-graph').locator('g.node-current').waitFor();
  await page.getByTestId('e3-graph').locator('g.node-current').waitFor();
}

describe('console', () => {
  it('has no errors', () => {
    expect(playground.errors).toEqual([]);
  });
});
