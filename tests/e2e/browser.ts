/**
 * Chromium for the browser tests (launched by scripts/lib/chromium.ts: Debian's
 * `/usr/bin/chromium`, or the executable named by `EDITION_CHROMIUM`).
 *
 * A missing browser fails the tests with the fix in the message; only `EDITION_NO_BROWSER=1`
 * skips them, explicitly.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export const NO_BROWSER = process.env['EDITION_NO_BROWSER'] === '1';

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
