/**
 * Chromium for the browser tests, through playwright-core (no browser download): Debian's
 * `/usr/bin/chromium`, or the executable named by `EDITION_CHROMIUM`.
 *
 * A missing browser fails the tests with the fix in the message; only `EDITION_NO_BROWSER=1`
 * skips them, explicitly.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const NO_BROWSER = process.env['EDITION_NO_BROWSER'] === '1';
export const CHROMIUM = process.env['EDITION_CHROMIUM'] ?? '/usr/bin/chromium';

const HINT =
  'The browser tests need Chromium: on Debian `apt-get install chromium` (.ci/run does it), ' +
  'or point EDITION_CHROMIUM at a Chromium/Chrome executable. ' +
  'To skip the browser tests on purpose, set EDITION_NO_BROWSER=1.';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}. ${HINT}`);
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (error) {
    throw new Error(`Chromium at ${CHROMIUM} did not start: ${String(error)}\n${HINT}`);
  }
}

/**
 * For the tests of one `describe`: Chromium launched before them and closed after, and
 * `newPage()`, a page in a fresh context (its own cache and storage), Russian locale, `viewport`
 * unless the options say otherwise. Errors thrown in a page are printed with `label`.
 */
export function chromiumPages(viewport: { width: number; height: number }, label: string): (options?: BrowserContextOptions) => Promise<Page> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (options = {}) => {
    if (!browser) throw new Error('chromiumPages: the browser is not launched (call newPage inside a test)');
    const context = await browser.newContext({ viewport, locale: 'ru-RU', ...options });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[${label} page error] ${e.message}`));
    return page;
  };
}
