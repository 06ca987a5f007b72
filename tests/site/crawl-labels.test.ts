/**
 * Words a reader would find said twice or contradicted, over every crawled page (tests/site/crawl.ts):
 * a list's label repeating the title it stands before (a program text of the book is named by its
 * title, and its list item must not read «Рабочая оппозиция. без даты — Рабочая оппозиция»), and the
 * header or footer naming other years than the home page's title (the book reaches back to 1918).
 */
import { describe, expect, it } from 'vitest';
import { capped, pages } from './crawl.ts';

const LABEL_THEN_LINK = /<span class="doc-label"[^>]*>([^<]*)\.<\/span>(?:(?!<\/li>)[\s\S])*?<a [^>]*>([^<]*)<\/a>/g;

describe('labels on the pages', () => {
  it('never puts a title before itself as a list label', () => {
    const problems: string[] = [];
    let labels = 0;
    for (const f of pages) {
      for (const m of f.html!.matchAll(LABEL_THEN_LINK)) {
        labels++;
        if (m[1] === m[2]) problems.push(`${f.path}: «${m[1]}»`);
      }
    }
    expect(labels).toBeGreaterThan(200);
    expect(capped(problems)).toEqual([]);
  });

  it('names the years of the home page in every header and footer', () => {
    const home = pages.find((f) => f.path === '/')!;
    const years = /<h1[^>]*>[^<]*Документы (\d{4}–\d{4}) гг\.<\/h1>/.exec(home.html!)?.[1];
    // The earliest dated text is the book's «Тезисы левых коммунистов» of April 1918 (content/sources).
    expect(years).toBe('1918–1932');
    const problems: string[] = [];
    for (const f of pages.filter((p) => !/http-equiv="refresh"/i.test(p.html!))) {
      const sub = /class="site-name__sub"[^>]*>Документы (\d{4}–\d{4}) гг\./.exec(f.html!)?.[1];
      const foot = /оппозиции, (\d{4}–\d{4}) гг\./.exec(f.html!)?.[1];
      if (sub !== years || foot !== years) problems.push(`${f.path}: header ${sub ?? 'none'}, footer ${foot ?? 'none'}`);
    }
    expect(capped(problems)).toEqual([]);
  });
});
