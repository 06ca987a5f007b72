import { describe, expect, it } from 'vitest';
import { newTypographyTally, typeset } from '../src/lib/ingest/typography.ts';

describe('typeset', () => {
  it('sets paired straight quotes as «ёлочки», inner pairs as „лапки“, and keeps the length', () => {
    const tally = newTypographyTally();
    const input = 'Проект ответов на вопросы корреспондента "Манчестер Гвардиан" и журнал "Борьба "Голос" газеты"';
    const out = typeset(input, tally);
    expect(out).toBe('Проект ответов на вопросы корреспондента «Манчестер Гвардиан» и журнал «Борьба „Голос“ газеты»');
    expect(out.length).toBe(input.length);
    expect(tally).toEqual({ quotes: 6, dashes: 0 });
  });

  it('sets a spaced hyphen as an en dash and leaves compounds alone', () => {
    const tally = newTypographyTally();
    expect(typeset('Ю.Г. - lib.ru; во-первых, сказать - нет', tally)).toBe('Ю.Г. – lib.ru; во-первых, сказать – нет');
    expect(tally.dashes).toBe(2);
  });

  it('leaves quotes that do not pair up as printed', () => {
    const tally = newTypographyTally();
    expect(typeset('после слов "вы забываете, что', tally)).toBe('после слов "вы забываете, что');
    expect(typeset('слово" и "другое', tally)).toBe('слово" и "другое');
    expect(tally.quotes).toBe(0);
  });
});
