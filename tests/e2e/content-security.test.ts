/**
 * The pages under their Content-Security-Policy (src/lib/site/content-security-policy.ts), in a
 * real Chromium: a document page and a search (results, a filter, the words highlighted on the
 * document opened from a result) run, style and load their fonts with no violation reported,
 * neither on the console nor as a `securitypolicyviolation` event, and request nothing from
 * another origin. A control shows that the policy is in force and that a violation would be seen.
 *
 * Run: `npm run build`, then `EDITION_SKIP_BUILD=1 npx vitest run tests/e2e/content-security.test.ts`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/ids/urls.ts';
import { base, byId, GENRE, open, params, QUERY, searchPages, searchUrl, shown } from '../support/search-page.ts';
import { NO_BROWSER } from './browser.ts';

const DOCUMENT = urls.document('pt-001');

/** What a page reports from now on: policy violations, every URL it requests, the requests the browser refused to make. */
interface Watch {
  violations: string[];
  requests: string[];
  blocked: string[];
}

async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { violations: [], requests: [], blocked: [] };
  page.on('console', (m) => {
    if (/content[- ]security[- ]policy/i.test(m.text())) seen.violations.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('request', (r) => seen.requests.push(r.url()));
  // Chromium's reason `csp` (or net::ERR_BLOCKED_BY_…); requests aborted by leaving a page are not counted.
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    if (/csp|blocked/i.test(reason)) seen.blocked.push(`${r.url()}: ${reason}`);
  });
  // Playwright's bindings and init scripts are not subject to the page's policy.
  await page.exposeFunction('reportViolation', (v: string) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportViolation(v: string): void }).reportViolation;
      report(`event: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return seen;
}

/** Requests that left the site (the server of the tests is the site's one origin). */
const offSite = (requests: string[]): string[] => requests.filter((u) => new URL(u).origin !== new URL(base).origin);

/** Every style sheet the page links is loaded and applied; both web fonts are loaded. */
async function expectStyledAndReady(page: Page): Promise<void> {
  const sheets = await page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    return { linked: links.length, applied: links.filter((l) => (l.sheet?.cssRules.length ?? 0) > 0).length };
  });
  expect(sheets.linked, 'style sheets linked').toBeGreaterThan(0);
  expect(sheets.applied, 'style sheets applied').toBe(sheets.linked);
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status !== 'unloaded').map((f) => `${f.family}: ${f.status}`);
  });
  expect(fonts.length, 'fonts used by the page').toBeGreaterThan(0);
  // The web fonts load. A metric-matched fallback face (fallbacks.css) is a local() font: where that font
  // is not installed (Times New Roman on Linux) its face fails to load and the next one in the stack is
  // used; that is no request and no violation.
  for (const f of fonts) expect(f).toMatch(/^"?PT (Serif|Sans) Fallback .*: error$|: loaded$/);
  expect(fonts.filter((f) => /^"?PT (Serif|Sans)"?: loaded$/.test(f)), 'the web fonts').toHaveLength(2);
}

if (NO_BROWSER) console.warn('[e2e] EDITION_NO_BROWSER=1: the Content-Security-Policy tests are skipped');

describe.skipIf(NO_BROWSER)('the pages under their Content-Security-Policy in Chromium', () => {
  const newPage = searchPages();

  it('runs and styles a document page with no violation', async () => {
    const page = await newPage();
    const seen = await watch(page);
    const res = await page.goto(base + DOCUMENT, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    // The copy button of «Как цитировать» is shown by the page's script.
    await page.locator('button[data-copy]').first().waitFor({ state: 'visible' });
    // The `/` key, the layout's script, opens the search page.
    await page.keyboard.press('/');
    await page.waitForURL((u) => u.pathname === searchUrl);
    await page.locator('#search-form[data-ready]').waitFor();
    await expectStyledAndReady(page);
    await page.goBack();
    await expectStyledAndReady(page);
    expect(seen.violations).toEqual([]);
    expect(offSite(seen.requests)).toEqual([]);
    expect(seen.blocked).toEqual([]);
    await page.context().close();
  });

  it(`searches «${QUERY}», narrows to ${GENRE}, opens a result highlighted: no violation, nothing off the site`, async () => {
    const page = await newPage();
    const seen = await watch(page);
    await open(page, `${searchUrl}?${params([['q', QUERY]])}`);
    const found = await shown(page);
    expect(found.total, found.status).toBeGreaterThan(10);
    const paths = seen.requests.map((u) => new URL(u).pathname);
    expect(paths.filter((p) => /^\/pagefind\/wasm\.\w+\.pagefind$/.test(p)), 'Pagefind’s WebAssembly loaded').toHaveLength(1);

    await page.locator('#search-genre').selectOption(GENRE);
    await page.waitForURL((u) => u.searchParams.get('genre') === GENRE);
    const narrowed = await shown(page);
    expect(narrowed.total, narrowed.status).toBeGreaterThan(0);
    expect(narrowed.total).toBeLessThan(found.total);
    for (const id of narrowed.ids) expect(byId.get(id)?.genre, id).toBe(GENRE);
    await expectStyledAndReady(page);

    const target = narrowed.ids.find((id) => (byId.get(id)?.blocks ?? []).some((b) => b.text.includes(QUERY)));
    expect(target, `a letter with «${QUERY}» in its text`).toBeDefined();
    await page.locator(`#search-list a[href^="${urls.document(target!)}"]`).click();
    await page.waitForURL((u) => u.pathname === urls.document(target!));
    await page.locator('.doc-text mark.pagefind-highlight').first().waitFor();
    await expectStyledAndReady(page);

    expect(seen.violations).toEqual([]);
    expect(offSite(seen.requests)).toEqual([]);
    expect(seen.blocked).toEqual([]);
    await page.context().close();
  });

  it('is in force: an inline script, an inline style and a script from another site are refused, and reported', async () => {
    const page = await newPage();
    const seen = await watch(page);
    await page.goto(base + DOCUMENT, { waitUntil: 'load' });
    // Added as a page's own script would add them (Playwright's own evaluation is exempt from the policy).
    const outcome = await page.evaluate(async () => {
      const inline = document.createElement('script');
      inline.textContent = 'document.documentElement.dataset.inline = "ran"';
      document.head.append(inline);
      const style = document.createElement('style');
      style.textContent = ':root { --probe: applied }';
      document.head.append(style);
      const offSite = document.createElement('script');
      offSite.src = 'https://example.org/probe.js';
      const loaded = new Promise<string>((resolve) => {
        offSite.onload = () => resolve('loaded');
        offSite.onerror = () => resolve('refused');
      });
      document.head.append(offSite);
      return {
        inline: document.documentElement.dataset['inline'] ?? 'refused',
        style: getComputedStyle(document.documentElement).getPropertyValue('--probe').trim() || 'refused',
        offSite: await loaded,
      };
    });
    expect(outcome).toEqual({ inline: 'refused', style: 'refused', offSite: 'refused' });
    const events = () => seen.violations.filter((v) => v.startsWith('event:'));
    await expect.poll(() => events().length).toBe(3);
    expect(events().map((v) => v.split(' ').slice(1, 4).join(' ')).sort()).toEqual([
      'script-src-elem refused https://example.org/probe.js',
      'script-src-elem refused inline',
      'style-src-elem refused inline',
    ]);
    expect(seen.violations.filter((v) => v.startsWith('console')).length, 'reported on the console too').toBeGreaterThanOrEqual(3);
    expect(seen.blocked, 'the script from another site stopped by the browser').toEqual(['https://example.org/probe.js: csp']);
    await page.context().close();
  });
});
