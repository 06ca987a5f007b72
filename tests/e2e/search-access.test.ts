/**
 * The search page for every reader, in a real Chromium: the count in a polite live region, the
 * `/` key, keyboard-only use, axe (WCAG 2.2 AA) with results and filters shown in both colour
 * schemes, and the page without JavaScript.
 *
 * Run: `npm run build`, then `EDITION_SKIP_BUILD=1 npx vitest run tests/e2e/search-access.test.ts`.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/ids/urls.ts';
import { base, GENRE, open, params, QUERY, searchPages, searchUrl, shown } from '../support/search-page.ts';
import { NO_BROWSER } from './browser.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

if (NO_BROWSER) console.warn('[e2e] EDITION_NO_BROWSER=1: the search accessibility tests are skipped');

describe.skipIf(NO_BROWSER)('the search page in Chromium: for every reader', () => {
  const newPage = searchPages();

  it('announces the count in a polite live region', async () => {
    const page = await newPage();
    await open(page, searchUrl);
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.locator('#search-q').fill(QUERY);
    await page.keyboard.press('Enter');
    const s = await shown(page);
    // «Найден 71 документ», «Найдено 72 документа»: the verb agrees with the number.
    expect(s.status).toMatch(new RegExp(`^Найден(?:о)? ${s.total} документ`));
    // No word starts with «ъ»: Pagefind matches an unknown word by its beginning («zzq…» finds «L. Z.»).
    await page.locator('#search-q').fill('ъъъъъъ');
    await page.keyboard.press('Enter');
    expect((await shown(page)).status).toContain('Ничего не найдено');
    await page.context().close();
  });

  it('`/` focuses the search input from anywhere on the page, and types a slash inside it', async () => {
    const page = await newPage();
    await open(page, searchUrl);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(await page.locator('#search-q').inputValue(), 'the key itself is not typed').toBe('');
    await page.keyboard.press('/');
    expect(await page.locator('#search-q').inputValue(), 'inside the input, `/` is a character').toBe('/');
    // From a link further down the page.
    await page.locator('#search-q').fill('');
    await page.locator('footer a').first().focus();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.context().close();
  });

  it('works from the keyboard alone: type, Enter, Tab to the first result, open it', async () => {
    const page = await newPage();
    await open(page, searchUrl);
    await page.keyboard.press('/');
    await page.keyboard.type(QUERY);
    await page.keyboard.press('Enter');
    const { ids } = await shown(page);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => !!document.activeElement?.closest('#search-list'));
    }
    expect(reached, 'Tab reaches the results').toBe(true);
    const visible = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).outlineStyle !== 'none';
    });
    expect(visible, 'the focused result link is visible with a focus outline').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === urls.document(ids[0]!));
    await page.context().close();
  });

  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
  ] as const)('no axe violations (WCAG 2.2 AA) with results and filters shown, %s scheme', async (_name, colorScheme) => {
    const page = await newPage({ colorScheme });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await open(page, `${searchUrl}?${params([['q', QUERY], ['genre', GENRE]])}`);
    await shown(page);
    await page.evaluate(() => {
      (document.getElementById('search-options') as HTMLDetailsElement).open = true;
      // Chromium paints a transparent root with the scheme's Canvas; axe takes it for white (see reading.test.ts).
      const root = document.documentElement;
      const transparent = (el: Element) => getComputedStyle(el).backgroundColor === 'rgba(0, 0, 0, 0)';
      if (transparent(root) && transparent(document.body)) root.style.backgroundColor = 'Canvas';
    });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const report = results.violations.map(
      (v) => `${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join('\n')}`,
    );
    expect(report, report.join('\n')).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript: an explanation with links to the browse pages, no dead form', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const res = await page.goto(base + searchUrl);
    expect(res?.status()).toBe(200);
    const note = page.locator('main .search-noscript');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain('JavaScript');
    const hrefs = await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of [urls.documents(), urls.dates(), urls.persons(), urls.archives(), urls.genres(), urls.sources()])
      expect(hrefs, `a link to ${href}`).toContain(href);
    expect(await page.locator('#search-form').isVisible(), 'the form needs the script: hidden').toBe(false);
    await page.context().close();
  });
});
