// The browser test's harness: the Vite dev server for the page (workspace packages from source, nothing to
// build first) and Debian's Chromium driven by playwright-core.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const CHROMIUM = process.env.BP_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Playground {
  readonly page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** A missing browser is a failure, never a skip: the page would otherwise go untested without anyone noticing. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The playground's browser test needs it: install it with ` +
        '`apt-get install chromium` (Debian/Ubuntu, as root), or point BP_CHROMIUM at a Chromium binary.',
    );
  }
}

export async function openPlayground(): Promise<Playground> {
  requireChromium();
  const server: ViteDevServer = await createServer({
    root: PACKAGE_DIR,
    logLevel: 'warn',
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
  });
  let browser: Browser | undefined;
  try {
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('the Vite server reported no local URL');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    const opened = browser;
    return {
      page,
      errors,
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
