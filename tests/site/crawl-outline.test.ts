/**
 * The 1931 platform's page as built: its sections as `<h2>`, subheadings as `<h3>`, theses as
 * paragraphs with ids, and the table of contents linking each heading (and no thesis) on the part of
 * the text that holds it (a long text is in parts: src/lib/site/parts.ts), read from the HTML the crawl
 * fetched. Counted in the source: 5 sections, 27 subheadings, 31 theses.
 */
import { describe, expect, it } from 'vitest';
import { pages, textParts } from './crawl.ts';

const platform = pages.find((f) => f.path === '/documents/bo-001/');
/** The platform's page and its parts, in order. */
const parts = textParts('/documents/bo-001/');

describe('the platform page (/documents/bo-001/)', () => {
  it('is crawled', () => expect(platform?.page).toBeTruthy());

  it('has its sections as h2, subheadings as h3 and theses as paragraphs, each with its anchor as id', () => {
    const tags = parts.flatMap((p) => p.page!.tags);
    const withId = (name: string, re: RegExp) => tags.filter((t) => t.name === name && re.test(t.attrs.get('id') ?? '')).map((t) => t.attrs.get('id'));
    expect(withId('h2', /^section-\d+$/)).toEqual(['section-1', 'section-2', 'section-3', 'section-4', 'section-5']);
    expect(withId('h3', /^section-\d+-\d+$/)).toHaveLength(27);
    expect(withId('p', /^thesis-\d+$/)).toEqual(Array.from({ length: 31 }, (_, i) => `thesis-${i + 1}`));
  });

  it('has, on every part, a table of contents that links every section and subheading, in order, on its part, and no thesis', () => {
    expect(parts.length).toBeGreaterThan(1);
    /** Where each heading is: the part's path, by id. */
    const where = new Map(parts.flatMap((p) => p.page!.tags.filter((t) => /^h[23]$/.test(t.name) && /^section-/.test(t.attrs.get('id') ?? '')).map((t) => [t.attrs.get('id')!, p.path] as const)));
    expect(where.size).toBe(32);
    for (const part of parts) {
      const toc = /<nav class="toc(?! parts)[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(part.html!)?.[1] ?? '';
      const targets = [...toc.matchAll(/href="([^"#]*)#([^"]+)"/g)].map((m) => [m[1] || part.path, m[2]!]);
      expect(targets, part.path).toEqual([...where].map(([id, path]) => [path, id]));
    }
  });

  it('does not call the platform «Документ № 1»', () => {
    expect(platform!.html).not.toMatch(/Документ\s+№(?:\s|&nbsp;|\u00a0)*1\b/);
  });
});

describe('every text with a table of contents', () => {
  const withContents = pages.filter((f) => f.html && /<nav class="toc/.test(f.html));

  it('sets its first-level sections beside «Содержание» and «Примечания» as <h2>, not under them', () => {
    expect(withContents.map((f) => f.path)).toEqual(expect.arrayContaining(['/documents/bo-001/', '/studies/lk-study-1/']));
    const problems: string[] = [];
    for (const f of withContents) {
      const top = f.page!.tags.filter((t) => /^h[1-6]$/.test(t.name) && /^section-\d+$/.test(t.attrs.get('id') ?? ''));
      const wrong = top.filter((t) => t.name !== 'h2').map((t) => `${t.attrs.get('id')} is <${t.name}>`);
      if (wrong.length > 0) problems.push(`${f.path}: ${wrong.slice(0, 3).join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});
