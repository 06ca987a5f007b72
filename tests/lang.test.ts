import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../src/lib/render/data-dir.ts';
import { PersonSchema } from '../src/schemas/index.ts';
import { MONTH_WORD, MONTHS_GENITIVE, MONTHS_NOMINATIVE, monthNumber } from '../src/lib/lang/months.ts';
import {
  guessCase,
  normaliseInitials,
  personName,
  splitName,
  surnameCases,
  surnameForms,
  surnameToNominative,
} from '../src/lib/lang/names.ts';
import { countDocuments, plural } from '../src/lib/lang/plural.ts';

/** The surnames of every person who is a party in the corpus, from the ingest's persons.json. */
let corpusSurnames: string[] = [];
beforeAll(async () => {
  const persons = PersonSchema.array().parse(JSON.parse(await readDataFile('persons.json')));
  corpusSurnames = persons.filter((p) => p.kind === 'person').map((p) => splitName(p.name).surname);
});

describe('surnameForms: the case forms of a surname', () => {
  it.each([
    ['Троцкий', ['Троцкий', 'Троцкого', 'Троцкому', 'Троцким', 'Троцком']],
    ['Зиновьев', ['Зиновьев', 'Зиновьева', 'Зиновьеву', 'Зиновьевым', 'Зиновьеве']],
    ['Сталин', ['Сталин', 'Сталина', 'Сталину', 'Сталиным', 'Сталине']],
    ['Ягода', ['Ягода', 'Ягоды', 'Ягоде', 'Ягоду', 'Ягодой', 'Ягодою']],
    ['Крупская', ['Крупская', 'Крупской', 'Крупскую', 'Крупскою']],
    ['Ульянова', ['Ульянова', 'Ульяновой', 'Ульянову', 'Ульяновою']],
    ['Радек', ['Радек', 'Радека', 'Радеку', 'Радеком', 'Радеке']],
    ['Орджоникидзе', ['Орджоникидзе']],
    ['Бройдо', ['Бройдо']],
    ['Черных', ['Черных']],
  ])('%s', (surname, forms) => {
    expect(surnameForms(surname)).toEqual(forms);
  });

  it('after г, к, х the genitive is in -и; after ч, ц the instrumental in -ем', () => {
    expect(surnameForms('Смилга')).toContain('Смилги');
    expect(surnameForms('Товстуха')).toContain('Товстухи');
    expect(surnameForms('Каганович')).toContain('Кагановичем');
    expect(surnameForms('Розенгольц')).toContain('Розенгольцем');
  });

  it.each([
    ['Троцкий', ['Троцкого'], ['Троцкому']],
    ['Зиновьев', ['Зиновьева'], ['Зиновьеву']],
    ['Ягода', ['Ягоды'], ['Ягоде']],
    ['Смилга', ['Смилги'], ['Смилге']],
    ['Крупская', ['Крупской'], ['Крупской']],
    ['Ульянова', ['Ульяновой'], ['Ульяновой']],
    ['Радек', ['Радека'], ['Радеку']],
    ['Орджоникидзе', ['Орджоникидзе'], ['Орджоникидзе']],
  ])('surnameCases %s: genitive %j, dative %j', (surname, genitive, dative) => {
    expect(surnameCases(surname)).toEqual({ nominative: surname, genitive, dative });
  });
});

describe('surnameToNominative: a printed form back to the nominative', () => {
  it.each([
    ['Троцкого', 'gen', 'Троцкий'], ['Сталина', 'gen', 'Сталин'], ['Зиновьева', 'gen', 'Зиновьев'],
    ['Крупской', 'gen', 'Крупская'], ['Дзержинского', 'gen', 'Дзержинский'], ['Радека', 'gen', 'Радек'],
    ['Ягоды', 'gen', 'Ягода'], ['Смилги', 'gen', 'Смилга'], ['Кагановича', 'gen', 'Каганович'],
    ['Ульяновой', 'gen', 'Ульянова'], ['Орджоникидзе', 'gen', 'Орджоникидзе'], ['Бройдо', 'gen', 'Бройдо'],
    ['Товстухе', 'dat', 'Товстуха'], ['Троцкому', 'dat', 'Троцкий'], ['Литвинову', 'dat', 'Литвинов'],
    ['Менжинскому', 'dat', 'Менжинский'], ['Фрунзе', 'dat', 'Фрунзе'], ['Енукидзе', 'dat', 'Енукидзе'],
    ['Радеку', 'dat', 'Радек'], ['Ягоде', 'dat', 'Ягода'], ['Калине', 'dat', 'Калина'],
    ['Берии', 'gen', 'Берия'], ['Берии', 'dat', 'Берия'], ['Троцкий', 'nom', 'Троцкий'],
    // Places after «из» are read the same way (`Письмо из Пензы`).
    ['Пензы', 'gen', 'Пенза'], ['Женевы', 'gen', 'Женева'],
    // A printed -и, -е, -ю that may be an indeclinable name is left as printed.
    ['Мдивани', 'gen', 'Мдивани'], ['Церетели', 'gen', 'Церетели'], ['Казани', 'gen', 'Казани'],
    ['Особое', 'dat', 'Особое'], ['Соловья', 'gen', 'Соловья'],
  ] as const)('%s (%s) → %s', (form, nameCase, expected) => {
    expect(surnameToNominative(form, nameCase)).toBe(expected);
  });

  it('reads a double surname part by part', () => {
    expect(surnameToNominative('Бонч-Бруевича', 'gen')).toBe('Бонч-Бруевич');
  });

  it('round trip: every genitive and dative of every party of the corpus reads back to its nominative', () => {
    expect(corpusSurnames).toContain('Троцкий');
    expect(corpusSurnames.length).toBeGreaterThanOrEqual(48);
    for (const surname of corpusSurnames) {
      const { genitive, dative } = surnameCases(surname);
      for (const form of genitive) expect(surnameToNominative(form, 'gen'), `${surname} ← ${form}`).toBe(surname);
      for (const form of dative) expect(surnameToNominative(form, 'dat'), `${surname} ← ${form}`).toBe(surname);
    }
  });

  it('guesses the case from the ending, and says when it cannot', () => {
    expect(guessCase('Троцкого')).toBe('gen');
    expect(guessCase('Троцкому')).toBe('dat');
    expect(guessCase('Крупской')).toBe('ambiguous');
    expect(guessCase('Енукидзе')).toBe('ambiguous');
  });
});

describe('the edition form of a name', () => {
  it('writes initials with a space after each period', () => {
    expect(normaliseInitials('Л.Д.')).toBe('Л. Д.');
    expect(normaliseInitials('И. П. ')).toBe('И. П.');
    expect(personName('Троцкий', 'Л.Д.')).toBe('Троцкий Л. Д.');
    expect(personName('Кучеров', '')).toBe('Кучеров');
  });

  it('splits a name into surname and initials', () => {
    expect(splitName('Троцкий Л. Д.')).toEqual({ surname: 'Троцкий', initials: 'Л. Д.' });
    expect(splitName('Кучеров')).toEqual({ surname: 'Кучеров', initials: '' });
  });
});

describe('plural', () => {
  it('declines «документ» after numbers', () => {
    expect([0, 1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 114].map(countDocuments)).toEqual([
      '0 документов', '1 документ', '2 документа', '5 документов', '11 документов', '12 документов',
      '21 документ', '22 документа', '25 документов', '101 документ', '111 документов', '114 документов',
    ]);
    expect(plural(3, ['лицо', 'лица', 'лиц'])).toBe('лица');
  });
});

describe('month names', () => {
  it('numbers a month named in any case', () => {
    expect(['января', 'январе', 'март', 'марта', 'май', 'мае', 'мая', 'декабрь'].map(monthNumber)).toEqual([1, 1, 3, 3, 5, 5, 5, 12]);
  });
  it('matches a month word as a whole word only', () => {
    const re = new RegExp(MONTH_WORD, 'iu');
    expect(re.exec('15 сентября 1927')?.[0]).toBe('сентября');
    expect(re.test('маяк')).toBe(false);
    expect(re.test('мартовский')).toBe(false);
  });
  it('has twelve months in each case', () => {
    expect(MONTHS_NOMINATIVE).toHaveLength(12);
    expect(MONTHS_GENITIVE.map(monthNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
