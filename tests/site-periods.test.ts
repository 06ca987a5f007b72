import { describe, expect, it } from 'vitest';
import { groupByPeriod, undatedReason } from '../src/lib/site/periods.ts';
import { doc } from './site-helpers.ts';

describe('groupByPeriod', () => {
  it('groups by year and month in the order given, year-only and undated apart', () => {
    const docs = [
      doc(1, { edtf: '1923-10-11' }),
      doc(2, { edtf: '1923-10-25/1923-10-27' }),
      doc(3, { edtf: '1923-12-08' }),
      doc(4, { edtf: '1924' }),
      doc(5, { edtf: '1924-12~/1925-01~' }),
      doc(6),
    ];
    const { years, undated } = groupByPeriod(docs);
    expect(years.map((y) => [y.year, y.count])).toEqual([[1923, 3], [1924, 2]]);
    expect(years[0]!.months.map((m) => [m.month, m.documents.map((d) => d.number)])).toEqual([
      ['1923-10', [1, 2]],
      ['1923-12', [3]],
    ]);
    expect(years[1]!.yearOnly.map((d) => d.number)).toEqual([4]);
    expect(years[1]!.months.map((m) => m.month)).toEqual(['1924-12']);
    expect(undated.map((d) => d.number)).toEqual([6]);
  });
});

describe('undatedReason', () => {
  it('says why, from the title, the lost header or the ingest report', () => {
    const missing = new Set(['pt-051']);
    expect(undatedReason(doc(198, { title: 'Письмо от неустановленного лица (без даты)' }), missing)).toMatch(/«без даты»/);
    expect(undatedReason(doc(127, { titleSupplied: true, title: '[Документ без заголовка]' }), missing)).toMatch(/Заголовок документа утрачен/);
    expect(undatedReason(doc(51), missing)).toMatch(/не найдена ни в заголовке/);
    expect(undatedReason(doc(52), missing)).toBe('Дата не установлена.');
  });
});
