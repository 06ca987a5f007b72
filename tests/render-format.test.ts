import { describe, expect, it } from 'vitest';
import { countDocuments, edtfSortKey, edtfYear, htmlDatetime } from '../src/lib/render/format.ts';
import type { DocumentDate } from '../src/schemas/index.ts';

const date = (edtf: string | null): DocumentDate => ({ edtf, text: edtf ?? '', source: edtf ? 'title' : null });

describe('format', () => {
  it('declines «документ» after numbers', () => {
    expect([0, 1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 114].map(countDocuments)).toEqual([
      '0 документов', '1 документ', '2 документа', '5 документов', '11 документов', '12 документов',
      '21 документ', '22 документа', '25 документов', '101 документ', '111 документов', '114 документов',
    ]);
  });

  it('gives <time datetime> only for plain years, months and days', () => {
    expect(htmlDatetime(date('1923-02-01'))).toBe('1923-02-01');
    expect(htmlDatetime(date('1925-04'))).toBe('1925-04');
    expect(htmlDatetime(date('1928-01-09/1928-01-10'))).toBeNull();
    expect(htmlDatetime(date('1924-12~'))).toBeNull();
    expect(htmlDatetime(date(null))).toBeNull();
  });

  it('derives a year and a sort key from the start of the date', () => {
    expect(edtfYear(date('1924-12~/1925-01~'))).toBe('1924');
    expect(edtfSortKey(date('1924-12~/1925-01~'))).toBe('1924-12');
    expect(edtfSortKey(date('1923-02-01'))).toBe('1923-02-01');
    expect(edtfYear(date(null))).toBeNull();
    expect(edtfSortKey(date(null))).toBeNull();
  });
});
