import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../src/lib/render/data-dir.ts';
import { DocumentSchema } from '../src/schemas/index.ts';
import { daysBetween, daysInMonth, monthsBetween, yearsBetween } from '../src/lib/edtf/calendar.ts';
import { approximate, compareDates, dateSpan, isEdtf, isPlainDay, placement, readEdtf, sortKey } from '../src/lib/edtf/edtf.ts';
import { edtfLabel, htmlDatetime } from '../src/lib/edtf/label.ts';
import { isYearMonth, monthLabel } from '../src/lib/lang/months.ts';

/** One date of each shape the corpus holds: a day, days, a year, approximate months, a month, not before a day, months. */
const CORPUS_FORMS = ['1923-02-01', '1928-01-09/1928-01-10', '1924', '1924-12~/1925-01~', '1925-04', '1928-02-12/..', '1930-10/1930-11'];

/** Every distinct `date.edtf` of the ingest's documents.json. */
let corpusDates: string[] = [];
beforeAll(async () => {
  const documents = DocumentSchema.array().parse(JSON.parse(await readDataFile('documents.json')));
  corpusDates = [...new Set(documents.flatMap((d) => (d.date.edtf ? [d.date.edtf] : [])))];
});

describe('isEdtf (the edtf package decides)', () => {
  it('takes the forms the edition writes', () => {
    for (const v of [...CORPUS_FORMS, ...corpusDates, '../1924-11-02', '1927-23', '1927?', '1923-XX']) expect(isEdtf(v), v).toBe(true);
  });
  it('refuses what is not EDTF', () => {
    for (const v of ['1923-13-01', '1923-02-30', '2 сентября 1923', '', '1923/1924/1925']) expect(isEdtf(v), v).toBe(false);
  });
  it('refuses level 2 (qualified parts, sub-year groupings), which the edition does not read', () => {
    for (const v of ['?1924-06', '1924?-06', '2004-?06-11', '%1924', '1925-25', '1925-41']) {
      expect(isEdtf(v), v).toBe(false);
      expect(readEdtf(v), v).toBeNull();
    }
  });
});

describe('readEdtf: the parse of the edtf package as the parts the edition uses', () => {
  const one = (v: string) => readEdtf(v)?.start;
  it('reads a date into year, month, day and qualifiers', () => {
    expect(one('1924-12~')).toEqual({ year: 1924, month: 12, season: null, day: null, approximate: true, uncertain: false });
    expect(one('1927-09-15%')).toMatchObject({ year: 1927, month: 9, day: 15, approximate: true, uncertain: true });
    expect(one('1927?')).toMatchObject({ year: 1927, month: null, day: null, approximate: false, uncertain: true });
    expect(one('1927-23')).toMatchObject({ year: 1927, month: null, season: 23, day: null });
    expect(one('1923-XX')).toMatchObject({ year: 1923, month: null, day: null });
    expect(one('1923-10-XX')).toMatchObject({ year: 1923, month: 10, day: null });
  });
  it('reads open ends, and leaves what the edition does not read', () => {
    expect(readEdtf('1928-02-12/..')).toMatchObject({ start: { year: 1928, month: 2, day: 12 }, end: 'open' });
    expect(readEdtf('../1924-11-02')).toMatchObject({ start: 'open', end: { year: 1924, month: 11, day: 2 } });
    expect(readEdtf('1925')).toMatchObject({ start: { year: 1925 }, end: null });
    expect(one('192X')).toBe('unreadable');
  });
  it('is null for what the package refuses, and for sets', () => {
    for (const v of ['1923-13', '1923-02-30', '1923/1924/1925', '', '15.09.1927']) expect(readEdtf(v), v).toBeNull();
  });
});

describe('dateSpan: the period a date stands for', () => {
  it('runs from the first day of the start to the last day of the end', () => {
    expect(dateSpan('1925-02')).toEqual({ from: '1925-02-01', to: '1925-02-28', precision: 'month' });
    expect(dateSpan('1928-02')).toEqual({ from: '1928-02-01', to: '1928-02-29', precision: 'month' });
    expect(dateSpan('1924-12~/1925-01~')).toEqual({ from: '1924-12-01', to: '1925-01-31', precision: 'month' });
    expect(dateSpan('1931')).toEqual({ from: '1931-01-01', to: '1931-12-31', precision: 'year' });
    expect(dateSpan('1928-01-09/1928-01-10')).toEqual({ from: '1928-01-09', to: '1928-01-10', precision: 'day' });
    expect(dateSpan('1927-09-30/1927-10')).toEqual({ from: '1927-09-30', to: '1927-10-31', precision: 'month' });
  });
  it('an interval with one open end stands for its known end (both directions)', () => {
    expect(dateSpan('1928-02-12/..')).toEqual({ from: '1928-02-12', to: '1928-02-12', precision: 'day' });
    // The reading of `../1926-03-05` used to start at `..`: an open start sorts by its known end.
    expect(dateSpan('../1926-03-05')).toEqual({ from: '1926-03-05', to: '1926-03-05', precision: 'day' });
    expect(dateSpan('../..')).toBeNull();
  });
  it('a season stands for its year: EDTF does not fix which months a season holds', () => {
    // The site's date order used to read `1927-23` as the non-existent days `1927-23-01`…`1927-23-30`.
    expect(dateSpan('1927-23')).toEqual({ from: '1927-01-01', to: '1927-12-31', precision: 'year' });
  });
  it('is null when undated or unreadable', () => {
    expect(dateSpan(null)).toBeNull();
    expect(dateSpan('192X')).toBeNull();
  });
  it('reads every date of the corpus with a span inside its own year(s)', () => {
    expect(corpusDates.length).toBeGreaterThan(100);
    for (const v of corpusDates) {
      const span = dateSpan(v)!;
      expect(span.from <= span.to, v).toBe(true);
      expect(span.from.slice(0, 4), v).toBe(v.replace(/^\.\.\//, '').slice(0, 4));
    }
  });
});

describe('date order', () => {
  it('sorts by the first day a date can mean, undated last', () => {
    expect(sortKey('1924-12~/1925-01~')).toBe('1924-12-01');
    expect(sortKey('../1924-11-02')).toBe('1924-11-02');
    expect(sortKey(null)).toBeNull();
    const values = [null, '1925', '1924-12~/1925-01~', '1924-12-05', '../1924-11-02', '1925-01-01'];
    expect([...values].sort(compareDates)).toEqual(['../1924-11-02', '1924-12~/1925-01~', '1924-12-05', '1925', '1925-01-01', null]);
  });
  it('leaves ties to the caller', () => {
    expect(compareDates('1925', '1925-01-01')).toBe(0);
    expect(compareDates(null, null)).toBe(0);
  });
});

describe('placement: the year and month a date is filed under', () => {
  it('files a day, a month and a range under the month where it starts', () => {
    expect(placement('1923-02-01')).toEqual({ year: 1923, month: '1923-02' });
    expect(placement('1925-04')).toEqual({ year: 1925, month: '1925-04' });
    expect(placement('1928-01-09/1928-01-10')).toEqual({ year: 1928, month: '1928-01' });
    expect(placement('1930-10/1930-11')).toEqual({ year: 1930, month: '1930-10' });
    expect(placement('1924-12~/1925-01~')).toEqual({ year: 1924, month: '1924-12' });
    expect(placement('1928-02-12/..')).toEqual({ year: 1928, month: '1928-02' });
  });
  it('files an open start by its end; a year, season or unspecified month has no month', () => {
    expect(placement('../1926-03-05')).toEqual({ year: 1926, month: '1926-03' });
    expect(placement('1924')).toEqual({ year: 1924, month: null });
    expect(placement('1925-21')).toEqual({ year: 1925, month: null });
    expect(placement('1925-XX')).toEqual({ year: 1925, month: null });
    expect(placement(null)).toEqual({ year: null, month: null });
    expect(placement('192X')).toEqual({ year: null, month: null });
  });
});

describe('approximate and isPlainDay', () => {
  it('marks both known ends approximate', () => {
    expect(approximate('1924-12/1925-01')).toBe('1924-12~/1925-01~');
    expect(approximate('1930-05')).toBe('1930-05~');
    expect(approximate('1930-05~/..')).toBe('1930-05~/..');
  });
  it('knows a plain day', () => {
    expect(isPlainDay('1927-09-15')).toBe(true);
    expect(isPlainDay('1927-09-15~')).toBe(false);
    expect(isPlainDay('1927-09')).toBe(false);
    expect(isPlainDay(null)).toBe(false);
  });
});

describe('Russian labels', () => {
  it('reads every kind of date', () => {
    expect(edtfLabel('1923-09-02')).toBe('2 сентября 1923 г.');
    expect(edtfLabel('1925-04')).toBe('апрель 1925 г.');
    expect(edtfLabel('1931')).toBe('1931 г.');
    expect(edtfLabel('1923-10-25/1923-10-27')).toBe('25–27 октября 1923 г.');
    expect(edtfLabel('1930-10/1930-11')).toBe('октябрь — ноябрь 1930 г.');
    expect(edtfLabel('1924-12~/1925-01~')).toBe('ок. декабря 1924 г. — ок. января 1925 г.');
    expect(edtfLabel('1928-02-12/..')).toBe('не ранее 12 февраля 1928 г.');
    expect(edtfLabel('../1928-02')).toBe('не позднее февраля 1928 г.');
    expect(edtfLabel('1927?')).toBe('1927 г. (?)');
    expect(edtfLabel('1927-23')).toBe('осень 1927 г.');
    expect(edtfLabel('192X')).toBe('192X');
    expect(edtfLabel('1924-12~')).toBe('ок. декабря 1924 г.');
    expect(edtfLabel('../1924-11-02')).toBe('не позднее 2 ноября 1924 г.');
    // A qualified season is not EDTF level 1 (the package refuses it; the schema would too): left as it is.
    expect(edtfLabel('1925-21~')).toBe('1925-21~');
    expect(edtfLabel('1925-21')).toBe('весна 1925 г.');
    expect(edtfLabel('1925-21/1925-22')).toBe('1925-21/1925-22');
    expect(edtfLabel('1927-09-30/1927-10-02')).toBe('30 сентября 1927 г. — 2 октября 1927 г.');
    expect(edtfLabel('../..')).toBe('../..');
    expect(edtfLabel('1923/1924/1925')).toBe('1923/1924/1925');
  });
  it('a month as a heading, in a sentence and after «с»', () => {
    expect(monthLabel('1923-10', 'heading')).toBe('Октябрь 1923');
    expect(monthLabel('1926-03')).toBe('март 1926');
    expect(monthLabel('1926-03', 'genitive')).toBe('марта 1926');
    expect(monthLabel('1932-13', 'heading')).toBe('1932-13');
    expect(isYearMonth('1926-03')).toBe(true);
    expect(isYearMonth('1926-3')).toBe(false);
  });
  it('gives <time datetime> only for plain years, months and days', () => {
    expect(htmlDatetime('1923-02-01')).toBe('1923-02-01');
    expect(htmlDatetime('1927-23')).toBeNull();
    expect(htmlDatetime('1925')).toBe('1925');
    expect(htmlDatetime('1924-12~')).toBeNull();
    expect(htmlDatetime('1928-01-09/1928-01-10')).toBeNull();
    expect(htmlDatetime(null)).toBeNull();
  });
});

describe('calendar runs', () => {
  it('counts days of months, leap years included', () => {
    expect([1900, 1924, 1925, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
  });
  it('runs across months and years', () => {
    expect(daysBetween('1927-02-27', '1927-03-02')).toEqual(['1927-02-27', '1927-02-28', '1927-03-01', '1927-03-02']);
    expect(monthsBetween('1923-11-20', '1924-02-01')).toEqual(['1923-11', '1923-12', '1924-01', '1924-02']);
    expect(monthsBetween('1923-01', '1932-12')).toHaveLength(120);
    expect(yearsBetween('1929-12-31', '1931-01-01')).toEqual(['1929', '1930', '1931']);
    expect(monthsBetween('1924-02', '1924-01')).toEqual([]);
  });
});
