/**
 * A long text in parts (src/lib/site/parts.ts) in a real Chromium: the permanent address with an
 * anchor that a later part holds lands on that element, on that part; the ¶ of a paragraph on part 2
 * cites the permanent address with the paragraph's anchor; without JavaScript the list of parts and
 * the pager lead from part to part.
 */
import { describe, expect, inject, it } from 'vitest';
import { urls } from '../../src/lib/ids/urls.ts';
import { chromiumPages, NO_BROWSER } from './browser.ts';

const base = inject('baseUrl');
const DOCUMENT = urls.document('pt-215');

describe.skipIf(NO_BROWSER)(`${DOCUMENT} in parts, in Chromium`, () => {
  const newPage = chromiumPages({ width: 1024, height: 768 }, 'parts');

  it('sends /documents/pt-215/#<anchor of a later part> on to that part and lands on the element', async () => {
    const page = await newPage();
    // The last paragraph of the text: on the last part, whatever the cut.
    await page.goto(base + `${DOCUMENT}3/`, { waitUntil: 'load' });
    const parts = await page.locator('nav.parts li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(parts.length).toBeGreaterThan(2);
    const last = parts.at(-1)!;
    await page.goto(base + last, { waitUntil: 'load' });
    const anchor = await page.locator('.doc-text > [id]').last().getAttribute('id');
    expect(anchor).toMatch(/^p-\d+$/);

    const entries = await page.evaluate(() => history.length);
    await page.goto(`${base}${DOCUMENT}#${anchor}`, { waitUntil: 'load' });
    await expect.poll(() => new URL(page.url()).pathname).toBe(last);
    expect(new URL(page.url()).hash).toBe(`#${anchor}`);
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
    // In view: the element's top is inside the window once the part has loaded.
    await page.waitForLoadState('load');
    const top = (): Promise<number> => page.evaluate((id) => document.getElementById(id!)!.getBoundingClientRect().top, anchor);
    // Chromium scrolls to the fragment again as the part's style sheet and fonts arrive; on a loaded
    // machine that can take more than the poll's default second.
    await expect.poll(top, { timeout: 5000 }).toBeLessThan(768);
    expect(await top()).toBeGreaterThanOrEqual(-1);
    // The permanent address is replaced, not kept in the history: one entry more, the part's.
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.context().close();
  });

  it('¶ on part 2 copies a citation with the permanent URL and the anchor', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${base}${DOCUMENT}2/`, { waitUntil: 'load' });
    const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
    expect(canonical).toMatch(/\/documents\/pt-215\/2\/$/);
    const permanent = canonical.replace(/2\/$/, '');
    const first = page.locator('.doc-text > p[id^="p-"]').first();
    const anchor = (await first.getAttribute('id'))!;
    await first.locator(':scope > a.passage').click();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
    const box = page.locator('.passage-cite');
    await box.waitFor({ state: 'visible' });
    await box.locator('button').click();
    await expect.poll(() => box.locator('[role=status]').innerText()).toBe('Скопировано');
    const copied = (await page.evaluate(() => navigator.clipboard.readText())).replace(/\u00a0/g, ' ');
    expect(copied).toContain(`URL: ${permanent}#${anchor} (дата обращения:`);
    expect(copied).not.toContain('/pt-215/2/');
    await page.context().close();
  });

  it('without JavaScript: the list of parts and the pager lead to the parts', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(base + DOCUMENT, { waitUntil: 'load' });
    expect(await page.title()).toMatch(/часть 1 из \d+/);
    const list = page.locator('nav.parts');
    expect(await list.locator('a[aria-current=page]').innerText()).toBe('Часть 1');
    await list.locator('a', { hasText: 'Часть 2' }).click();
    await page.waitForURL(`**${DOCUMENT}2/`);
    expect(await page.title()).toMatch(/часть 2 из \d+/);
    expect(await page.locator('h1').innerText()).toContain('Докладная записка');
    await page.locator('nav.parts-pager a[rel=next]').click();
    await page.waitForURL(`**${DOCUMENT}3/`);
    await page.locator('nav.parts-pager a[rel=prev]').click();
    await page.waitForURL(`**${DOCUMENT}2/`);
    await page.context().close();
  });
});
