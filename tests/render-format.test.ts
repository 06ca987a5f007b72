import { describe, expect, it } from 'vitest';
import { countDocuments, edtfLabel, htmlDatetime, keepTogether } from '../src/lib/render/format.ts';
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

  it('gives a reader\'s label of EDTF dates', () => {
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
  });

  it('keeps initials with the surname, № with its number and a year with г., without changing the text', () => {
    const title = 'Письмо Л. Д. Троцкого Г. Е. Зиновьеву и И.Т.Смилге № 12 от 1 февраля 1923 г.';
    const runs = keepTogether(title);
    expect(runs.map((r) => r.text).join('')).toBe(title);
    expect(runs.filter((r) => r.nowrap).map((r) => r.text)).toEqual([
      'Л. Д. Троцкого', 'Г. Е. Зиновьеву', 'И.Т.Смилге', '№ 12', '1923 г.',
    ]);
    expect(keepTogether('без инициалов')).toEqual([{ text: 'без инициалов', nowrap: false }]);
  });
});
