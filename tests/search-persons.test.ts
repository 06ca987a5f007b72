import { describe, expect, it } from 'vitest';
import { documentPersons, personsInTexts, printedSurnames } from '../src/lib/search/persons.ts';
import { doc, PERSONS } from './search-fixtures.ts';

describe('names in texts', () => {
  it('reads the printed surnames of a person', () => {
    expect(printedSurnames(PERSONS[1]!)).toEqual(['Зиновьеву']);
  });

  it('finds a surname in any case, capitalised or in capitals, not a lower-case word', () => {
    const found = personsInTexts(['Письмо т.Троцкого; подпись: ЗИНОВЬЕВ. Майский пленум? нет: майский отпуск.'], PERSONS);
    expect([...found].sort()).toEqual(['mayskiy-i-m', 'trockiy-l-d', 'zinovev-g-e']);
    expect(personsInTexts(['майский отпуск, ягода малина'], PERSONS).size).toBe(0);
  });

  it('never counts a body', () => {
    expect(personsInTexts(['Политбюро ЦК'], PERSONS).has('politbyuro-ck-vkp-b')).toBe(false);
  });

  it('a document concerns its parties and the persons its texts name', () => {
    const d = doc({ text: 'Прошу ознакомить т. Зиновьева.', notes: [{ n: '1', text: 'Г. Г. Ягода — зампред ОГПУ.', on: 'text' }] });
    const { parties, named } = documentPersons(d, PERSONS);
    expect(parties.map((p) => p.id)).toEqual(['trockiy-l-d', 'stalin-i-v']); // in the order of the index of names
    expect(named.map((p) => p.id)).toEqual(['zinovev-g-e', 'yagoda-g-g']);
  });
});
