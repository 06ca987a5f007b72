/** The pieces of the index's build that need no Pagefind (scripts/lib/search-index.ts); the build itself: tests/site/search-parts.test.ts. */
import { describe, expect, it } from 'vitest';
import { cutParts, globOf, salted, urlOf } from '../scripts/lib/search-index.ts';

describe('the index’s parts', () => {
  const pages = Array.from({ length: 7 }, (_, i) => i);
  it('are one part unless a size is asked for', () => {
    expect(cutParts(pages, Infinity)).toEqual([pages]);
    expect(cutParts(pages, 7)).toEqual([pages]);
  });
  it('are consecutive, each at most the size asked for, the last the rest', () => {
    expect(cutParts(pages, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(cutParts(pages, 1)).toHaveLength(7);
  });
});

describe('a page’s URL in the index', () => {
  it('is its folder for an index.html, else its file', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('documents/pt-001/index.html')).toBe('/documents/pt-001/');
    expect(urlOf('documents/pt-215/3/index.html')).toBe('/documents/pt-215/3/');
    expect(urlOf('404.html')).toBe('/404.html');
  });
});

describe('a salted page', () => {
  it('carries a salt meta in its head, and nothing else changed', () => {
    const html = '<!doctype html><html><head><title>T</title></head><body><main data-pagefind-body>текст</main></body></html>';
    const out = salted(html, 2, 'x.html');
    expect(out).toBe(html.replace('</head>', '<meta data-pagefind-meta="salt[content]" content="2"></head>'));
  });
  it('is refused when the page has no head to hold it', () => {
    expect(() => salted('<p>текст</p>', 1, 'x.html')).toThrow(/x\.html: no <\/head>/);
  });
});

describe('a part’s glob', () => {
  it('names exactly its files, special characters escaped', () => {
    expect(globOf([{ file: 'documents/pt-001/index.html', url: '/documents/pt-001/' }, { file: 'a/index.html', url: '/a/' }])).toBe(
      '{documents/pt-001/index.html,a/index.html}',
    );
    expect(globOf([{ file: 'x/{a,b}[1]*?!.html', url: '' }])).toBe('{x/\\{a\\,b\\}\\[1\\]\\*\\?\\!.html}');
  });
});
