import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../src/lib/edtf/calendar.ts';
import { dateSpan } from '../src/lib/edtf/edtf.ts';
import {
  dateForms,
  dayForms,
  monthValues,
  sortKeys,
  UNDATED_ASC,
  UNDATED_DESC,
  filedYear,
} from '../src/lib/search/dates.ts';

describe('dateForms: a date as readers type it', () => {
  it('a day: `15 сентября 1927`, `15.09.1927`, `1927-09-15`, the month and the year', () => {
    expect(dateForms('1927-09-15')).toEqual([
      '15 сентября 1927',
      '15.09.1927',
      '15.9.1927',
      '1927-09-15',
      '15.09.27',
      'сентябрь 1927',
      '09.1927',
      '1927-09',
      '1927',
    ]);
  });

  it('a day below 10: with and without leading zeros', () => {
    expect(dayForms('1923-02-05')).toEqual(['5 февраля 1923', '05.02.1923', '5.02.1923', '5.2.1923', '1923-02-05', '05.02.23']);
  });

  it('a range of days: each day, then the month', () => {
    const forms = dateForms('1923-10-25/1923-10-27');
    for (const f of ['25 октября 1923', '26.10.1923', '1923-10-27', 'октябрь 1923', '1923']) expect(forms).toContain(f);
  });

  it('a range of more than 31 days: each month, no days', () => {
    const forms = dateForms('1927-09-01/1927-11-15');
    expect(forms).toContain('сентябрь 1927');
    expect(forms).toContain('октябрь 1927');
    expect(forms).toContain('ноябрь 1927');
    expect(forms.some((f) => /^\d+ [а-я]+ \d{4}$/.test(f) || /^\d{2}\.\d{2}\.\d{4}$/.test(f))).toBe(false);
  });

  it('an approximate range of months across a year: both months and both years', () => {
    expect(dateForms('1924-12~/1925-01~')).toEqual(['декабрь 1924', '12.1924', '1924-12', 'январь 1925', '01.1925', '1925-01', '1924', '1925']);
  });

  it('a month, a year, an open interval, no date', () => {
    expect(dateForms('1925-04')).toEqual(['апрель 1925', '04.1925', '1925-04', '1925']);
    expect(dateForms('1931')).toEqual(['1931']);
    expect(dateForms('1928-02-12/..')).toContain('12 февраля 1928');
    expect(dateForms(null)).toEqual([]);
  });

  it('a season counts as its year', () => {
    expect(dateSpan('1924-21')).toEqual({ from: '1924-01-01', to: '1924-12-31', precision: 'year' });
  });
});

describe('month and year filter values', () => {
  it('every month a date covers, and the one year it is filed under', () => {
    expect(monthValues('1927-09-15')).toEqual(['1927-09']);
    expect(monthValues('1924-12~/1925-01~')).toEqual(['1924-12', '1925-01']);
    // The year filter files a document once, where the browse pages do: where its date starts.
    expect(filedYear('1924-12~/1925-01~')).toEqual(['1924']);
    expect(filedYear('../1924-11-02')).toEqual(['1924']);
    expect(monthValues('1930-10/1930-11')).toEqual(['1930-10', '1930-11']);
    expect(monthValues('1928-02-12/..')).toEqual(['1928-02']);
  });

  it('a date known to the year covers its twelve months', () => {
    expect(monthValues('1924')).toHaveLength(12);
    expect(monthValues('1924')[0]).toBe('1924-01');
    expect(monthValues('1924')[11]).toBe('1924-12');
  });

  it('an undated document has none', () => {
    expect(monthValues(null)).toEqual([]);
    expect(filedYear(null)).toEqual([]);
  });

  it('monthsBetween runs across years', () => {
    expect(monthsBetween('1923-11-20', '1924-02-01')).toEqual(['1923-11', '1923-12', '1924-01', '1924-02']);
  });
});

describe('sortKeys: undated documents last in both directions', () => {
  const docs = [
    { id: 'a', edtf: '1927-09-15' },
    { id: 'u', edtf: null },
    { id: 'b', edtf: '1923-02-01' },
    { id: 'c', edtf: '1924-12~/1925-01~' },
  ].map((d, i) => ({ ...d, keys: sortKeys(d.edtf, String(i).padStart(4, '0')) }));
  const order = (key: 'date' | 'date_desc', dir: 1 | -1) =>
    [...docs].sort((x, y) => (x.keys[key] < y.keys[key] ? -dir : x.keys[key] > y.keys[key] ? dir : 0)).map((d) => d.id);

  it('date ascending: oldest first, undated last', () => {
    expect(order('date', 1)).toEqual(['b', 'c', 'a', 'u']);
  });

  it('date_desc descending: newest first, undated last', () => {
    expect(order('date_desc', -1)).toEqual(['a', 'c', 'b', 'u']);
  });

  it('the key is the first day, then the tie-break; undated gets the sentinels', () => {
    expect(sortKeys('1924-12~/1925-01~', 'src 0007')).toEqual({ date: '1924-12-01 src 0007', date_desc: '1924-12-01 src 0007' });
    expect(sortKeys(null, 'src 0051')).toEqual({ date: `${UNDATED_ASC} src 0051`, date_desc: `${UNDATED_DESC} src 0051` });
  });
});
