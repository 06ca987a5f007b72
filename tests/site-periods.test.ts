import { describe, expect, it } from 'vitest';
import { groupByPeriod, monthLabel, monthRange, placement, undatedReason } from '../src/lib/site/periods.ts';
import { doc } from './site-helpers.ts';

describe('placement', () => {
  it('files a day, a month and a range under the month where it starts', () => {
    expect(placement('1923-02-01')).toEqual({ year: 1923, month: '1923-02' });
    expect(placement('1925-04')).toEqual({ year: 1925, month: '1925-04' });
    expect(placement('1928-01-09/1928-01-10')).toEqual({ year: 1928, month: '1928-01' });
    expect(placement('1924-12~/1925-01~')).toEqual({ year: 1924, month: '1924-12' });
    expect(placement('1930-10/1930-11')).toEqual({ year: 1930, month: '1930-10' });
    expect(placement('1928-02-12/..')).toEqual({ year: 1928, month: '1928-02' });
  });

  it('keeps a year-only date out of the months and an undated document out of the years', () => {
    expect(placement('1924')).toEqual({ year: 1924, month: null });
    expect(placement('1925-21')).toEqual({ year: 1925, month: null });
    expect(placement(null)).toEqual({ year: null, month: null });
  });

  it('files an interval with an open start by its end', () => {
    expect(placement('../1926-03-05')).toEqual({ year: 1926, month: '1926-03' });
  });
});

describe('months', () => {
  it('names a month in the nominative, capitalised', () => {
    expect(monthLabel('1923-10')).toBe('Октябрь 1923');
    expect(monthLabel('1932-05')).toBe('Май 1932');
    expect(() => monthLabel('1932-13')).toThrow(RangeError);
  });

  it('lists every month of a span across years', () => {
    expect(monthRange('1923-11', '1924-02')).toEqual(['1923-11', '1923-12', '1924-01', '1924-02']);
    expect(monthRange('1923-01', '1932-12')).toHaveLength(120);
  });
});

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
