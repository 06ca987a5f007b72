/**
 * Every built page is valid HTML by the W3C Nu HTML Checker (tests/support/nu-checker.ts), checked
 * as served: no error on any page, warnings listed on the console. A page known to be invalid (a
 * script after `</html>`, the fault the pages once had) goes through the same run, so a checker
 * that reports nothing, or a report that is not read, fails the test.
 *
 * Run: `npm run build`, then `EDITION_SKIP_BUILD=1 npx vitest run tests/site/html-valid.test.ts`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { checkHtml, describeMessage, NO_VNU } from '../support/nu-checker.ts';
import { builtPages, capped } from './crawl.ts';

const base = inject('baseUrl');

const INVALID_PAGE = `<!doctype html>
<html lang="ru">
  <head><meta charset="utf-8"><title>Проверка</title></head>
  <body><p>Текст</p></body>
</html>
<script type="module" src="/_astro/page.js"></script>
`;

if (NO_VNU) console.warn('[site] EDITION_NO_VNU=1: the HTML check is skipped');

describe.skipIf(NO_VNU)('the W3C Nu HTML Checker', () => {
  it('finds no error on any built page', { timeout: 240_000 }, async () => {
    const urls = builtPages().map((path) => base + path);
    const dir = await mkdtemp(join(tmpdir(), 'edition-nu-'));
    const invalid = join(dir, 'script-after-html.html');
    try {
      await writeFile(invalid, INVALID_PAGE);
      const started = performance.now();
      const { checked, messages } = await checkHtml([invalid, ...urls]);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);

      const ofInvalid = messages.filter((m) => m.url?.endsWith('/script-after-html.html'));
      expect(
        ofInvalid.map((m) => `${m.type}: ${m.message}`),
        'the checker reports the script after </html> of the invalid page',
      ).toContain('error: Stray start tag “script”.');

      expect(checked, 'the checker checked every page').toEqual([invalid, ...urls]);
      const ofSite = messages.filter((m) => !ofInvalid.includes(m));
      const errors = ofSite.filter((m) => m.type !== 'info').map(describeMessage);
      const warnings = ofSite.filter((m) => m.type === 'info' && m.subType === 'warning').map(describeMessage);
      console.log(`[site] Nu HTML Checker: ${urls.length} pages in ${seconds} s, ${errors.length} errors, ${warnings.length} warnings`);
      for (const w of capped(warnings)) console.log(`[site]   warning: ${w}`);
      expect(capped(errors), `${errors.length} errors on ${urls.length} pages`).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
