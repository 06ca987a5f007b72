/**
 * The head of every page of the built site, crawled from `/` (tests/site/crawl.ts): title,
 * description, canonical link, `lang`, distinct titles, unique ids.
 */
import { describe, expect, it } from 'vitest';
import { base, capped, pages, summary } from './crawl.ts';

describe(summary, () => {
  it(`gives every page a title, a description, a canonical link and lang="ru" (${pages.length} pages)`, () => {
    const problems: string[] = [];
    const origins = new Set<string>();
    for (const f of pages) {
      const p = f.page!;
      if (!p.title) problems.push(`${f.path}: empty or missing <title>`);
      const descriptions = p.tags.filter((t) => t.name === 'meta' && t.attrs.get('name')?.toLowerCase() === 'description');
      if (descriptions.length !== 1) problems.push(`${f.path}: ${descriptions.length} <meta name="description"> (want 1)`);
      else if (!descriptions[0]!.attrs.get('content')?.trim()) problems.push(`${f.path}: empty meta description`);
      const canonicals = p.tags.filter((t) => t.name === 'link' && /\bcanonical\b/i.test(t.attrs.get('rel') ?? ''));
      if (canonicals.length !== 1) problems.push(`${f.path}: ${canonicals.length} <link rel="canonical"> (want 1)`);
      else {
        const href = canonicals[0]!.attrs.get('href') ?? '';
        let url: URL | null = null;
        try {
          url = new URL(href);
        } catch {
          problems.push(`${f.path}: canonical ${JSON.stringify(href)} is not an absolute URL`);
        }
        if (url) {
          origins.add(url.origin);
          if (url.pathname !== new URL(f.path, base).pathname) problems.push(`${f.path}: canonical points to ${url.pathname}`);
        }
      }
      const html = p.tags.find((t) => t.name === 'html');
      if (html?.attrs.get('lang') !== 'ru') problems.push(`${f.path}: <html lang="${html?.attrs.get('lang') ?? ''}"> (want ru)`);
    }
    if (origins.size > 1) problems.push(`canonical links use ${origins.size} origins: ${[...origins].join(', ')}`);
    expect(capped(problems), `${problems.length} problems in the heads of ${pages.length} pages`).toEqual([]);
  });

  it('gives every page a distinct title', () => {
    const byTitle = new Map<string, string[]>();
    for (const f of pages) byTitle.set(f.page!.title ?? '', [...(byTitle.get(f.page!.title ?? '') ?? []), f.path]);
    const duplicates = [...byTitle].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `«${title}»: ${paths.join(', ')}`);
    expect(capped(duplicates), `${duplicates.length} titles shared by several pages`).toEqual([]);
  });

  it('has no duplicate id on any page', () => {
    const problems: string[] = [];
    for (const f of pages) {
      const counts = new Map<string, number>();
      for (const id of f.page!.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const dup = [...counts].filter(([, n]) => n > 1);
      if (dup.length > 0) problems.push(`${f.path}: ${dup.map(([id, n]) => `id="${id}" ×${n}`).join(', ')}`);
    }
    expect(capped(problems)).toEqual([]);
  });
});
