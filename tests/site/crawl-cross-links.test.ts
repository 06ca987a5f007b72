/**
 * Cross-links on the built pages (`cross-links.ts`): a study links the program text it names and the
 * persons it names with initials, the collection's preface links the files its notes cite, a program text
 * links the one it quotes; each such link, read from the HTML the crawl fetched, leads to a page that exists.
 */
import { describe, expect, it } from 'vitest';
import { crawled, textParts } from './crawl.ts';

/** The cross-links of a page and its parts (a long text's), in order: the class, the target's path, and whether the target was served. */
function crossLinks(path: string): { kind: string; path: string; ok: boolean }[] {
  return textParts(path).flatMap((page) => page.page!.tags
    .filter((t) => t.name === 'a' && /^xref-/.test(t.attrs.get('class') ?? ''))
    .map((t) => {
      const raw = t.attrs.get('href') ?? '';
      const link = page.links.find((l) => l.raw === raw);
      return { kind: t.attrs.get('class')!, path: link?.path ?? `(not internal) ${raw}`, ok: link ? crawled.get(link.path)?.status === 200 : false };
    }));
}

describe('cross-links', () => {
  it('a study links the manifesto it names and Мясников, and each link resolves', () => {
    const links = crossLinks('/studies/lk-study-1/');
    expect(links.filter((l) => !l.ok)).toEqual([]);
    expect(links).toContainEqual({ kind: 'xref-document', path: '/documents/lk-004/', ok: true });
    expect(links).toContainEqual({ kind: 'xref-person', path: '/persons/myasnikov-g-i/', ok: true });
  });

  it('the collection’s preface links the archive files its notes cite', () => {
    const links = crossLinks('/sources/politburo-i-trotsky-1923-1932/');
    expect(links.filter((l) => !l.ok)).toEqual([]);
    expect(links.filter((l) => l.kind === 'xref-archive').map((l) => l.path)).toEqual([
      '/archive/rgani/3/62/178/',
      '/archive/rgani/3/62/179/',
      '/archive/rgani/3/62/179/',
    ]);
  });

  it('a program text links the one it quotes; a document of the collection that names theses of the same title does not', () => {
    expect(crossLinks('/documents/lk-006/')).toEqual([{ kind: 'xref-document', path: '/documents/lk-004/', ok: true }]);
    expect(crossLinks('/documents/pt-136/')).toEqual([]);
  });
});
