// The browser test's harness: the page served by Vite (the dev server, workspace packages from source and
// nothing to build first; or a production build served by `vite preview`) and Debian's Chromium driven by
// playwright-core.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, createServer, preview } from 'vite';

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

/** The page from Vite's dev server, as `pnpm playground` serves it. */
export async function openPlayground(): Promise<Playground> {
  requireChromium();
  const server = await createServer({
    root: PACKAGE_DIR,
    logLevel: 'warn',
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
  });
  try {
    await server.listen();
    return await openInChromium(server.resolvedUrls?.local[0], () => server.close());
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** The page as it is deployed: `vite build` into a temporary folder, served by `vite preview`. */
export async function openPlaygroundBuild(): Promise<Playground> {
  requireChromium();
  const outDir = mkdtempSync(join(tmpdir(), 'bp-playground-'));
  const removeBuild = (): void => rmSync(outDir, { recursive: true, force: true });
  try {
    await build({ root: PACKAGE_DIR, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await preview({
      root: PACKAGE_DIR,
      logLevel: 'warn',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1' },
    });
    const closeAll = async (): Promise<void> => {
      await server.close();
      removeBuild();
    };
    try {
      return await openInChromium(server.resolvedUrls?.local[0], closeAll);
    } catch (error) {
      await closeAll();
      throw error;
    }
  } catch (error) {
    removeBuild();
    throw error;
  }
}

async function openInChromium(
  url: string | undefined,
  closeServer: () => Promise<void>,
): Promise<Playground> {
  if (url === undefined) throw new Error('the Vite server reported no local URL');
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    return {
      page,
      errors,
      close: async () => {
        await browser.close();
        await closeServer();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
