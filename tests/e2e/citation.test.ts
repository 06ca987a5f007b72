/**
 * «Как цитировать» in a real Chromium: the page script fills the access date of the web page's
 * citation with the reader's date, written as `accessDate` (src/lib/export/gost.ts) writes it, and
 * each copy button puts its citation, with that date, on the clipboard; with JavaScript off the
 * placeholder stays and the buttons stay hidden.
 */
import { describe, expect, inject, it } from 'vitest';
import { accessDate } from '../../src/lib/export/gost.ts';
import { urls } from '../../src/lib/ids/urls.ts';
import { chromiumPages, NO_BROWSER } from './browser.ts';

const base = inject('baseUrl');
const DOCUMENT = urls.document('pt-001');
const FORMS = ['cite-archival', 'cite-printed', 'cite-web', 'cite-chicago'];

describe.skipIf(NO_BROWSER)(`citing ${DOCUMENT} in Chromium`, () => {
  const newPage = chromiumPages({ width: 1024, height: 768 }, 'citation');

  it('fills the access date and copies each citation', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(base + DOCUMENT, { waitUntil: 'load' });
    const now = new Date();
    const today = accessDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
    await expect.poll(() => page.locator('[data-access-date]').innerText()).toBe(today);
    const web = (await page.locator('#cite-web').innerText()).replace(/\s+/g, ' ');
    expect(web).toContain(`(дата обращения: ${today}).`);
    expect(web).toContain(`URL: ${new URL(DOCUMENT, (await page.locator('link[rel=canonical]').getAttribute('href')) ?? base).href} `);

    for (const id of FORMS) {
      const button = page.locator(`button[data-copy="${id}"]`);
      await button.waitFor({ state: 'visible', timeout: 5_000 });
      await button.click();
      await expect.poll(() => button.locator('xpath=following-sibling::span[1]').innerText()).toBe('Скопировано');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const shown = (await page.locator(`#${id}`).textContent())!.replace(/\s+/g, ' ').trim();
      expect(copied, `the clipboard after copying #${id}`).toBe(shown);
    }
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^“Pis'mo L\. D\. Trotskogo/);
    await page.locator('button[data-copy="cite-web"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`(дата обращения: ${today}).`);
    await page.context().close();
  });

  it('cites a paragraph: its ¶ link targets it, and the citation put under it copies the URL with #p-N', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(base + DOCUMENT, { waitUntil: 'load' });
    const now = new Date();
    const today = accessDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
    const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
    await page.locator('#p-3 > a.passage').click();
    expect(new URL(page.url()).hash).toBe('#p-3');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-3');
    const box = page.locator('.passage-cite');
    await box.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.getElementById('p-3')?.nextElementSibling?.className)).toBe('passage-cite');
    await box.locator('button').click();
    await expect.poll(() => box.locator('[role=status]').innerText()).toBe('Скопировано');
    const copied = (await page.evaluate(() => navigator.clipboard.readText())).replace(/\u00a0/g, ' ');
    // № 1 fills pp. 16–17 of the collection (tests/export-gost.test.ts); its paragraphs' own pages are not known.
    expect(copied).toMatch(new RegExp(`^Письмо Л\\. Д\\. Троцкого .* URL: ${canonical.replace(/[.]/g, '\\.')}#p-3 \\(дата обращения: ${today}\\)\\. Печ\\. по: Политбюро и Лев Троцкий\\. .* Док\\. № 1\\. С\\. 16–17\\.$`));

    // Another paragraph's link moves the citation there.
    await page.locator('#p-8 > a.passage').click();
    await expect.poll(() => box.locator('.cite__text').innerText()).toContain(`${canonical}#p-8 `);
    await page.context().close();
  });

  it('opens the page at a paragraph named in its address', async () => {
    const page = await newPage({ viewport: { width: 1024, height: 600 } });
    await page.goto(`${base}${DOCUMENT}#p-11`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-11');
    await expect
      .poll(() => page.locator('#p-11').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }))
      .toBe(true);
    await expect.poll(() => page.locator('.passage-cite .cite__text').innerText()).toContain('#p-11 ');
    await page.context().close();
  });

  it('keeps the placeholder and hides the buttons without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(base + DOCUMENT, { waitUntil: 'load' });
    expect(await page.locator('#cite-web').innerText()).toContain('(дата обращения: ДД.ММ.ГГГГ).');
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    // The paragraph's link still takes the reader to it.
    await page.locator('#p-3 > a.passage').click();
    expect(new URL(page.url()).hash).toBe('#p-3');
    expect(await page.locator('.passage-cite').count()).toBe(0);
    await page.context().close();
  });
});
