import { describe, expect, it } from 'vitest';
import { keepTogether } from '../src/lib/render/format.ts';

describe('format', () => {
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
