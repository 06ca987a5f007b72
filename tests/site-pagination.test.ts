import { describe, expect, it } from 'vitest';
import { urls } from '../src/lib/ids/urls.ts';
import { documentsListPages } from '../src/lib/site/documents-list.ts';
import { paginate, pagerNumbers } from '../src/lib/site/pagination.ts';
import { personIndex, personsListPages } from '../src/lib/site/persons-index.ts';
import { SourceSchema, type Document, type Person } from '../src/schemas/index.ts';
import { doc } from './site-helpers.ts';

const source = (id: string, kind: 'document-collection' | 'single-document', shortTitle: string) =>
  SourceSchema.parse({ id, siglum: id.slice(0, 2), kind, file: 'x.txt', title: shortTitle, shortTitle, citation: `${shortTitle}.`, originalFile: 'x.txt' });

describe('list pages', () => {
  it('keeps the first page at the list URL and puts the others under page/N/', () => {
    expect(urls.listPage('/documents/', 1)).toBe('/documents/');
    expect(urls.listPage('/documents/', 2)).toBe('/documents/page/2/');
    expect(urls.listPage('/documents/', 10)).toBe('/documents/page/10/');
    expect(() => urls.listPage('/documents/', 0)).toThrow(/no page 0/);
  });

  it('cuts 216 entries into 100, 100 and 16, each linked to its neighbours', () => {
    const pages = paginate(Array.from({ length: 216 }, (_, i) => i + 1), '/documents/');
    expect(pages.map((p) => [p.number, p.items.length, p.first, p.last])).toEqual([[1, 100, 1, 100], [2, 100, 101, 200], [3, 16, 201, 216]]);
    expect(pages.map((p) => [p.url, p.prev, p.next])).toEqual([
      ['/documents/', null, '/documents/page/2/'],
      ['/documents/page/2/', '/documents/', '/documents/page/3/'],
      ['/documents/page/3/', '/documents/page/2/', null],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(Array.from({ length: 216 }, (_, i) => i + 1));
  });

  it('gives a list of one page no neighbours, and an empty list one empty page', () => {
    expect(paginate([1, 2], '/x/').map((p) => [p.count, p.prev, p.next])).toEqual([[1, null, null]]);
    expect(paginate([], '/x/').map((p) => [p.items, p.first, p.last])).toEqual([[[], 0, 0]]);
  });

  it('links the first, the last and two pages on each side of the current one', () => {
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(10, 22)).toEqual([1, null, 8, 9, 10, 11, 12, null, 22]);
    expect(pagerNumbers(22, 22)).toEqual([1, null, 20, 21, 22]);
  });
});

describe('documentsListPages', () => {
  const collection = source('politburo-i-trotsky-1923-1932', 'document-collection', 'Сборник');
  const platform = source('trotsky-problemy', 'single-document', 'Платформа');
  const docs: Document[] = [
    ...Array.from({ length: 5 }, (_, i) => doc(i + 1)),
    doc(1, { id: 'tr-001', source: platform.id }),
    doc(2, { id: 'xx-002', source: 'no-sidecar' }),
  ];
  const bySource = new Map([
    [collection.id, docs.slice(0, 5)],
    [platform.id, [docs[5]!]],
  ]);

  it('puts the collection first, then other sources, then documents without a sidecar, across pages, with the source totals', () => {
    const pages = documentsListPages(docs, [platform, collection], bySource, 3);
    expect(pages.map((p) => p.groups.map((g) => [g.source?.id ?? null, g.documents.map((d) => d.id), g.total]))).toEqual([
      [[collection.id, ['pt-001', 'pt-002', 'pt-003'], 5]],
      [
        [collection.id, ['pt-004', 'pt-005'], 5],
        [platform.id, ['tr-001'], 1],
      ],
      [[null, ['xx-002'], 1]],
    ]);
    expect(pages.map((p) => p.url)).toEqual(['/documents/', '/documents/page/2/', '/documents/page/3/']);
  });
});

describe('personsListPages', () => {
  const person = (name: string, kind: Person['kind'] = 'person'): Person => ({ id: name, name, kind, forms: [], authored: [], addressed: [] });
  const index = personIndex([person('Бухарин Н. И.'), person('ЦК ВКП(б)', 'body'), person('Агранов Я. С.'), person('Андреев А. А.'), person('Зиновьев Г. Е.')]);

  it('pages the persons, then the bodies, and links each letter to the page where it begins', () => {
    const pages = personsListPages(index, 2);
    expect(pages.map((p) => [p.persons.map((x) => x.name), p.bodies.map((x) => x.name)])).toEqual([
      [['Агранов Я. С.', 'Андреев А. А.'], []],
      [['Бухарин Н. И.', 'Зиновьев Г. Е.'], []],
      [[], ['ЦК ВКП(б)']],
    ]);
    expect(pages[1]!.letters).toEqual([
      { letter: 'А', href: '/persons/#letter-А' },
      { letter: 'Б', href: '/persons/page/2/#letter-Б' },
      { letter: 'З', href: '/persons/page/2/#letter-З' },
    ]);
    expect(pages[0]!.bodiesHref).toBe('/persons/page/3/#bodies');
  });

  it('keeps an index of up to a page on /persons/ alone', () => {
    expect(personsListPages(index).map((p) => [p.url, p.count, p.persons.length, p.bodies.length])).toEqual([['/persons/', 1, 4, 1]]);
  });
});
