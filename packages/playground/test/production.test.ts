// The page as it is deployed (`vite build`, served by `vite preview`): the bundle must hold everything the
// dev server resolves on the fly (workspace sources, Graphviz's WebAssembly, the mnist stub). It computes E2's
// first node and trains moons, the training the dev-server test leaves out, to at least 95% accuracy.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlaygroundBuild, type Playground } from './browser.js';

let playground: Playground;
let page: Page;

beforeAll(async () => {
  playground = await openPlaygroundBuild();
  page = playground.page;
}, 120_000);

afterAll(async () => {
  await playground?.close();
});

describe('the production build', () => {
  it('draws the E2 graph and computes its first node', async () => {
    await page.getByTestId('e2-graph').locator('svg').waitFor();
    await page.getByTestId('e2-forward').click();
    // t1 = w1 · x = 2 · 1, the first node an op computes.
    expect(await page.getByTestId('e2-nodes').locator('tr.current').getAttribute('data-node')).toBe('t1');
    expect(await page.getByTestId('e2-value-t1').innerText()).toBe('2');
  });

  it('trains moons to at least 95% accuracy', async () => {
    await page.getByTestId('train-dataset').selectOption('moons');
    await page.getByTestId('train-start').click();
    // Bounded: moons takes a few seconds here; the bound allows for a loaded CI machine.
    await expect
      .poll(async () => Number.parseFloat(await page.getByTestId('train-accuracy').innerText()), {
        timeout: 90_000,
        interval: 500,
      })
      .toBeGreaterThanOrEqual(95);
    await page.getByTestId('train-pause').click();
  }, 120_000);

  it('has no errors', () => {
    expect(playground.errors).toEqual([]);
  });
});
