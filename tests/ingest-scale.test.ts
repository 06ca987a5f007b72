/**
 * A collection larger than three digits: 1,205 small documents, each with one footnote numbered through
 * the book, so that both the `№ N` headers and the note numbers pass 999. Every document must be found
 * with its own text and note; none may run on into the next (the three-digit header pattern let № 999
 * swallow every document after it, with no error).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { documentId } from '../src/lib/ids/ids.ts';
import { ingest, type IngestResult } from '../src/lib/ingest/ingest.ts';
import { numberKey, sortKeys } from '../src/lib/search/dates.ts';
import { collectionFolder } from './support/sources.ts';

const COUNT = 1205;
const SEPARATOR = ' '.repeat(49);
const YEARS_IN = 1003;

/** Document № n: header, title, addressee, a text with note n's marker, the note at a page bottom, signature, legend. */
const doc = (n: number): string[] => [
  `№ ${n} `,
  `Письмо Л. Д. Троцкого И. В. Сталину от ${(n % 28) + 1} мая 1925 г. `,
  ' ',
  'Тов. Сталину ',
  `Текст письма номер ${n} о делах.${n}`,
  // A table of years: bare four-digit lines that are neither page nor note numbers.
  ...(n === YEARS_IN ? ['1917 ', '', '1905 '] : []),
  SEPARATOR,
  String(n),
  ` Примечание номер ${n} к письму.`,
  ' Л. Троцкий ',
  'РГАСПИ. Ф. 17. Оп. 171. Д. 1. Л. 1. Подлинник. Машинопись ',
  ' ',
];

describe(`a collection of ${COUNT} documents`, () => {
  let r: IngestResult;
  beforeAll(async () => {
    const lines = ['ДОКУМЕНТЫ', ...Array.from({ length: COUNT }, (_, i) => doc(i + 1)).flat()];
    r = await ingest({ sourcesDir: await collectionFolder(lines.join('\n'), { expect: { documents: { from: 1, to: COUNT } } }) });
  }, 60_000);

  it('finds every document, in order, with no error', () => {
    expect(r.documents.map((d) => d.number)).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
    expect(r.report.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });

  it('keeps each text in its own document: none absorbs the next', () => {
    for (const d of r.documents) {
      expect(d.text, d.id).toContain(`номер ${d.number} о делах`);
      expect(d.text, d.id).not.toContain(`номер ${d.number + 1} о делах`);
      expect(d.title, d.id).toContain(`от ${(d.number % 28) + 1} мая 1925`);
    }
  });

  it('reads note numbers past 999 as notes, tied to their markers', () => {
    for (const n of [998, 999, 1000, 1001, COUNT]) {
      const d = r.documents[n - 1]!;
      expect(d.notes.map((x) => [x.n, x.text]), d.id).toEqual([[String(n), `Примечание номер ${n} к письму.`]]);
    }
  });

  it('keeps years on lines of their own as text, not page or note numbers', () => {
    const d = r.documents[YEARS_IN - 1]!;
    expect(d.text).toMatch(/1917[\s\S]*1905/);
    expect(r.report.diagnostics.filter((x) => x.code === 'page-number')).toEqual([]);
  });

  it('gives ids past pt-999 all their digits, each id once', () => {
    const ids = r.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(COUNT);
    expect(ids.slice(998, 1001)).toEqual(['pt-999', 'pt-1000', 'pt-1001']);
    expect(ids[0]).toBe('pt-001');
  });
});

describe('ids and sort keys of numbers of any length', () => {
  it('keeps the existing three-digit ids and never lets a copy collide with a longer number', () => {
    expect(documentId('pt', 7)).toBe('pt-007');
    expect(documentId('pt', 215)).toBe('pt-215');
    expect(documentId('pt', 12345)).toBe('pt-12345');
    expect(documentId('pt', 100, 2)).not.toBe(documentId('pt', 1002));
  });

  it('sorts the search tie key by number, past four digits too', () => {
    const numbers = [1, 9, 10, 999, 1000, 9999, 10000, 123456];
    const keys = numbers.map((n) => sortKeys('1925-05-01', `pt ${numberKey(n)}`).date);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(numbers.length);
  });
});
