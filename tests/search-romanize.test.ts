import { describe, expect, it } from 'vitest';
import { englishName, foldLatin, romanizeInitials, romanizeSurname } from '../src/lib/search/romanize.ts';

describe('romanizeSurname', () => {
  it.each([
    ['Троцкий', ['trotsky', 'trotskii', 'trockij', 'trotskiy', 'troczkij', 'trotski']],
    ['Ягода', ['yagoda', 'jagoda', 'iagoda']],
    ['Зиновьев', ['zinoviev', 'zinovev', 'zinovyev']],
    ['Дзержинский', ['dzerzhinsky', 'dzerzhinskii', 'dzerzhinskiy', 'dzerzhinskij', 'dzerzinskij']],
    ['Мехлис', ['mekhlis', 'mehlis', 'mexlis']],
    ['Крупская', ['krupskaya', 'krupskaja', 'krupskaia']],
    ['Бухарин', ['bukharin', 'buharin', 'buxarin']],
    ['Пятаков', ['pyatakov', 'pjatakov', 'piatakov']],
    ['Евдокимов', ['yevdokimov', 'evdokimov']],
    ['Орджоникидзе', ['ordzhonikidze', 'ordzonikidze']],
    ['Каганович', ['kaganovich', 'kaganovic']],
    ['Розенгольц', ['rozengolts', 'rozengolc', 'rozengolcz']],
    ['Майский', ['maysky', 'maisky', 'maiskii', 'mayskiy', 'majskij']],
  ])('%s → %j', (surname, expected) => {
    const forms = romanizeSurname(surname);
    for (const form of expected) expect(forms).toContain(form);
  });

  it('gives plain lower-case Latin words: no diacritics, apostrophes, primes or ties', () => {
    for (const surname of ['Зиновьев', 'Ульянова', 'Альский', 'Розенгольц', 'Шкирятов', 'Вязниковцев', 'Ягода']) {
      for (const form of romanizeSurname(surname)) expect(form).toMatch(/^[a-z]+$/);
    }
  });

  it('gives each form once', () => {
    const forms = romanizeSurname('Троцкий');
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('keeps an indeclinable or plain surname to its few spellings', () => {
    expect(romanizeSurname('Радек')).toEqual(['radek']);
    expect(romanizeSurname('Сталин')).toEqual(['stalin']);
  });
});

describe('englishName', () => {
  it.each([
    ['Троцкий', 'Trotsky'],
    ['Зиновьев', 'Zinoviev'],
    ['Ягода', 'Yagoda'],
    ['Раковский', 'Rakovsky'],
    ['Дзержинский', 'Dzerzhinsky'],
    ['Крупская', 'Krupskaya'],
    ['Каменев', 'Kamenev'],
  ])('%s → %s', (surname, english) => {
    expect(englishName(surname)).toBe(english);
  });
});

describe('foldLatin', () => {
  it('drops diacritics, ties, primes and apostrophes, as Pagefind folds a query', () => {
    expect(foldLatin('Zinovʹev')).toBe('zinovev');
    expect(foldLatin('Zinov’yev')).toBe('zinovyev');
    expect(foldLatin('Trot͡skiĭ')).toBe('trotskii');
    expect(foldLatin('Dzeržinskij')).toBe('dzerzinskij');
    expect(foldLatin('Âgoda')).toBe('agoda');
  });
});

describe('romanizeInitials', () => {
  it('romanises initials by Wikipedia and ISO 9', () => {
    expect(romanizeInitials('Л. Д.')).toEqual(['L. D.']);
    expect(romanizeInitials('Г. Е.')).toEqual(['G. Ye.', 'G. E.']);
    expect(romanizeInitials('Я. С.')).toEqual(['Ya. S.', 'Ja. S.']);
    expect(romanizeInitials('')).toEqual([]);
  });
});
