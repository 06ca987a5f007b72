/**
 * The printed pages of the documents: reckoned from every page number that survives in the source,
 * in both directions, the page starts between two numbers spread over the pages the numbers say lie
 * between them. Checked on a small furniture sample and on the collection's documents that hold or
 * follow a surviving page number (line numbers of `content/sources/politburo-i-trotsky-1923-1932.txt`).
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../src/lib/ingest/diagnostics.ts';
import { pagesOf, stripFurniture, type TextLine } from '../src/lib/ingest/furniture.ts';
import { readDataFile } from '../src/lib/render/data-dir.ts';
import { DocumentSchema } from '../src/schemas/index.ts';

describe('the reckoning of pages', () => {
  // Page starts begin with one space; `10 ` and `13 ` are page numbers standing in for a page start.
  const source = [' Девятая.', 'текст', '10 ', ' Десятая.', ' Стр.', ' Стр.', ' Стр.', ' Стр.', '13 ', ' Тринадцатая.', ' Дальше.'];
  const diagnostics = new Diagnostics('x.txt');
  const { flow } = stripFurniture(source.map((text, i) => ({ no: i + 1, text })), diagnostics);
  const text = flow.filter((l): l is TextLine => l.kind === 'text');

  it('spreads the page starts between two numbers over their pages, and counts back before the first and on after the last', () => {
    // Five page starts from p. 10 to p. 13 where three pages lie between: 10, 11, 11, 12, 12, 13, then 14.
    expect(text.map((l) => [l.no, l.page, l.pageReckoned])).toEqual([
      [1, 9, true],
      [2, 9, true],
      [4, 10, false],
      [5, 11, true],
      [6, 11, true],
      [7, 12, true],
      [8, 12, true],
      [10, 13, false],
      [11, 14, true],
    ]);
    expect(diagnostics.items.filter((d) => d.code === 'page-count-drift').map((d) => [d.line, d.data])).toEqual([[10, { page: 13, counted: 15 }]]);
  });

  it('gives a run of lines its first and last page, reckoned when either is', () => {
    expect(pagesOf(flow.slice(2, 4))).toEqual({ page: 10, pageEnd: 11, pageReckoned: true });
    expect(pagesOf(flow.filter((l) => l.no === 4))).toEqual({ page: 10, pageEnd: 10, pageReckoned: false });
    expect(pagesOf([])).toEqual({ page: null, pageEnd: null, pageReckoned: false });
  });
});

describe('the pages of the collection against the page numbers in the source', async () => {
  const documents = DocumentSchema.array().parse(JSON.parse(await readDataFile('documents.json')));
  const doc = (id: string) => documents.find((d) => d.id === id)!;
  const pages = (id: string) => [doc(id).page, doc(id).pageEnd, doc(id).pageReckoned];

  it('puts № 210 wholly on p. 468, the number printed at line 50267 before its header (line 50325)', () => {
    expect(pages('pt-210')).toEqual([468, 468, false]);
  });

  it('starts № 209 (header at line 49973) three page starts before p. 468, on p. 465, and ends it on p. 468', () => {
    expect(pages('pt-209')).toEqual([465, 468, true]);
  });

  it('gives each document that holds a surviving page number a range that holds it', () => {
    // The page number, its line, and the document whose text runs over it (its header's line).
    const held: Array<[number, string]> = [
      [74, 'pt-031'], // line 7340; № 31 at line 6856
      [116, 'pt-078'], // line 11328; № 78 at line 11143
      [117, 'pt-078'], // line 11440
      [146, 'pt-088'], // line 14500; № 88 at line 14286
      [156, 'pt-090'], // line 15570; № 90 at line 15530
      [253, 'pt-135'], // line 27747; № 135 at line 27152
      [329, 'pt-158'], // line 35700; № 158 at line 35610
      [361, 'pt-174'], // line 39042; № 174 at line 39006
      [389, 'pt-181'], // line 41983; № 181 at line 41662
      [408, 'pt-192'], // line 43915; № 192 at line 43758
      [484, 'pt-215'], // line 51967; № 215 at line 51043
    ];
    const outside = held.filter(([p, id]) => !(doc(id).page! <= p && p <= doc(id).pageEnd!)).map(([p, id]) => `${id} ${doc(id).page}–${doc(id).pageEnd} misses ${p}`);
    expect(outside).toEqual([]);
  });

  it('never lets a document end before it begins, nor begin before the one before it', () => {
    const collection = documents.filter((d) => d.source === 'politburo-i-trotsky-1923-1932' && d.page !== null).sort((a, b) => a.number - b.number);
    const wrong = collection.flatMap((d, i) => {
      const prev = collection[i - 1];
      return [
        ...(d.pageEnd! < d.page! ? [`${d.id} ends on ${d.pageEnd}, before ${d.page}`] : []),
        ...(prev && d.page! < prev.page! ? [`${d.id} begins on ${d.page}, before ${prev.id} (${prev.page})`] : []),
        ...(prev && d.page! < prev.pageEnd! ? [`${d.id} begins on ${d.page}, before ${prev.id} ends (${prev.pageEnd})`] : []),
      ];
    });
    expect(wrong).toEqual([]);
  });
});
