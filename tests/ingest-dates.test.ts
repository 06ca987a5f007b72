import { describe, expect, it } from 'vitest';
import { chooseDate, parseDate, romanMonth, type DateWitnesses } from '../src/lib/ingest/dates.ts';
import { Diagnostics } from '../src/lib/ingest/diagnostics.ts';
import type { Block } from '../src/schemas/index.ts';
import { isEdtf } from '../src/lib/edtf/edtf.ts';

describe('parseDate', () => {
  it.each([
    ['от 1 февраля 1923 г. об интервью', '1923-02-01', '1 февраля 1923'],
    ['от 11 октября1923 г. о письме', '1923-10-11', '11 октября1923'],
    ['от 17 февраля 1926г. г.', '1926-02-17', '17 февраля 1926'],
    ['от 25–27 октября 1923 г.', '1923-10-25/1923-10-27', '25–27 октября 1923'],
    ['агентств от 9-10 января 1928 г.', '1928-01-09/1928-01-10', '9-10 января 1928'],
    ['от 30 ноября – 1 декабря 1927 г.', '1927-11-30/1927-12-01', '30 ноября – 1 декабря 1927'],
    ['от апреля 1925 г.', '1925-04', 'апреля 1925'],
    ['от октября-ноября 1930 г.', '1930-10/1930-11', 'октября-ноября 1930'],
    ['декабря 1924 – января 1925 г.', '1924-12/1925-01', 'декабря 1924 – января 1925'],
    ['Письмо Шеффера от 9 Января 1928 г.', '1928-01-09', '9 Января 1928'],
    ['17.П.1925г.', '1925-02-17', '17.П.1925'],
    ['25.УП.28 г.', '1928-07-25', '25.УП.28'],
    ['20.II.1925г.', '1925-02-20', '20.II.1925'],
    ['1.02.23г.', '1923-02-01', '1.02.23'],
    ['3/II-I923 г.', '1923-02-03', '3/II-I923'],
    ['в мае 1927 г.', '1927-05', 'мае 1927'],
  ])('%s → %s', (input, edtf, text) => {
    const parsed = parseDate(input);
    expect(parsed).toEqual({ edtf, text });
    expect(isEdtf(parsed!.edtf)).toBe(true);
  });

  it('reads no date where there is none or it is impossible', () => {
    expect(parseDate('без даты')).toBeNull();
    expect(parseDate('Письмо И. В. Сталина секретарю Камчатского Губкома')).toBeNull();
    expect(parseDate('31 февраля 1926 г.')?.edtf).not.toBe('1926-02-31');
  });

  it('reads late/early month phrases of editors as an approximate interval', () => {
    expect(parseDate('Конец декабря 1924 г. –начало января 1925 г.')).toEqual({
      edtf: '1924-12~/1925-01~',
      text: 'Конец декабря 1924 г. –начало января 1925',
    });
  });
});

describe('romanMonth', () => {
  it('reads Cyrillic look-alikes of Roman numerals', () => {
    expect(romanMonth('П')).toBe(2);
    expect(romanMonth('Ш')).toBe(3);
    expect(romanMonth('IУ')).toBe(4);
    expect(romanMonth('УП')).toBe(7);
    expect(romanMonth('УШ')).toBe(8);
    expect(romanMonth('ХП')).toBe(12);
    expect(romanMonth('ХШ')).toBeNull();
  });
});

describe('chooseDate', () => {
  const line = (text: string): Block => ({ kind: 'line', text, notes: [] });
  const at = { line: 2916, number: 5, document: 'pt-005' };
  const choose = (w: Partial<DateWitnesses>) => {
    const d = new Diagnostics('politburo-i-trotsky-1923-1932.txt');
    const date = chooseDate({ title: { date: null, undated: false }, titleNotes: [], blocks: [], titleLost: false, ...w }, d, at);
    return { date, items: d.items };
  };

  it('takes the title\'s date and reports a closing date that contradicts it (№ 5)', () => {
    const { date, items } = choose({
      title: { date: parseDate('от 11 октября1923 г. о письме'), undated: false },
      blocks: [line('Л. Троцкий'), line('8 октября 1923 г.')],
    });
    expect(date).toEqual({ edtf: '1923-10-11', text: '11 октября1923', source: 'title' });
    expect(items).toEqual([
      expect.objectContaining({ level: 'info', line: 2916, code: 'date-differs', document: 'pt-005' }),
    ]);
  });

  it('takes the editor\'s footnote on the title when the title has no date (№ 198)', () => {
    const { date, items } = choose({
      title: { date: null, undated: true },
      titleNotes: ['Находится в документах за май 1930 г.'],
      blocks: [line('Meichler, 6, rue de Milan. Paris (9).')],
    });
    expect(date).toEqual({ edtf: '1930-05', text: 'май 1930', source: 'footnote' });
    expect(items).toEqual([]);
  });

  it('marks a footnote\'s date approximate when the editor says so', () => {
    const { date } = choose({ titleNotes: ['Датируется приблизительно: 1 февраля 1923 г.'] });
    expect(date).toEqual({ edtf: '1923-02-01~', text: '1 февраля 1923', source: 'footnote' });
  });

  it('reads the last dated line of the text, unless the title says «без даты»', () => {
    const blocks = [line('Л.Троцкий'), line('1.02.23г.')];
    expect(choose({ blocks }).date).toEqual({ edtf: '1923-02-01', text: '1.02.23', source: 'text' });
    expect(choose({ blocks, title: { date: null, undated: true } }).date).toEqual({ edtf: null, text: 'без даты', source: null });
    expect(choose({ blocks, title: { date: null, undated: true }, titleLost: true }).date.edtf).toBe('1923-02-01');
  });

  it('reports a document without any date, but not one the title calls undated', () => {
    expect(choose({}).items).toEqual([expect.objectContaining({ level: 'warning', code: 'date-missing', line: 2916 })]);
    expect(choose({ title: { date: null, undated: true } }).items).toEqual([]);
  });
});
