/** The correspondence suggestion: surname cases, the parties data, and the pairs a query names. */
import { describe, expect, it } from 'vitest';
import { partiesData } from '../src/lib/search/parties.ts';
import { mayNameParties, parseParties, partySuggestions } from '../src/scripts/search/parties.ts';
import { doc, PERSONS } from './search-fixtures.ts';

const trotsky = { name: 'Троцкий Л. Д.', id: 'trockiy-l-d', printed: 'Л. Д. Троцкого' };
const stalin = { name: 'Сталин И. В.', id: 'stalin-i-v', printed: 'И. В. Сталину' };
const zinoviev = { name: 'Зиновьев Г. Е.', id: 'zinovev-g-e', printed: 'Г. Е. Зиновьеву' };
const politburo = { name: 'Политбюро ЦК ВКП(б)', id: 'politbyuro-ck-vkp-b', printed: 'Политбюро ЦК' };

describe('partiesData', () => {
  const docs = [
    doc({ id: 'pt-001', authors: [trotsky], addressees: [stalin, zinoviev, politburo] }),
    doc({ id: 'pt-002', authors: [trotsky], addressees: [stalin] }),
    doc({ id: 'pt-003', authors: [stalin], addressees: [trotsky] }),
    doc({ id: 'pt-004', authors: [politburo], addressees: [trotsky] }),
  ];
  const data = partiesData(docs, PERSONS);

  it('lists the persons who are parties with their author and addressee forms; bodies are left out', () => {
    expect(data.persons).toEqual([
      { value: 'Зиновьев Г. Е.', author: ['зиновьев', 'зиновьева'], addressee: ['зиновьеву'] },
      { value: 'Сталин И. В.', author: ['сталин', 'сталина'], addressee: ['сталину'] },
      { value: 'Троцкий Л. Д.', author: ['троцкий', 'троцкого'], addressee: ['троцкому'] },
    ]);
  });

  it('counts documents per author → addressee pair, most first', () => {
    expect(data.pairs).toEqual([
      ['Троцкий Л. Д.', 'Сталин И. В.', 2],
      ['Сталин И. В.', 'Троцкий Л. Д.', 1],
      ['Троцкий Л. Д.', 'Зиновьев Г. Е.', 1],
    ]);
  });

  it('tells Trotsky to Stalin from Stalin to Trotsky by the cases', () => {
    expect(partySuggestions('Троцкого Сталину', data)).toEqual([{ author: 'Троцкий Л. Д.', addressee: 'Сталин И. В.', count: 2 }]);
    expect(partySuggestions('письма Сталина Троцкому', data)).toEqual([{ author: 'Сталин И. В.', addressee: 'Троцкий Л. Д.', count: 1 }]);
    expect(partySuggestions('Троцкий — Зиновьеву, Сталину', data)).toEqual([
      { author: 'Троцкий Л. Д.', addressee: 'Сталин И. В.', count: 2 },
      { author: 'Троцкий Л. Д.', addressee: 'Зиновьев Г. Е.', count: 1 },
    ]);
  });

  it('suggests nothing without an author form and an addressee form, or for a pair the edition lacks', () => {
    expect(partySuggestions('Троцкий Сталин', data)).toEqual([]);
    expect(partySuggestions('Троцкому Сталину', data)).toEqual([]);
    expect(partySuggestions('Зиновьева Сталину', data)).toEqual([]);
    expect(partySuggestions('Троцкого', data)).toEqual([]);
    expect(mayNameParties('Троцкого')).toBe(false);
    expect(mayNameParties('Троцкого Сталину')).toBe(true);
  });

  it('reads its data back, and refuses malformed data', () => {
    expect(parseParties(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(parseParties({ persons: [{ value: 'x', author: 'a', addressee: [] }], pairs: [] })).toBeNull();
    expect(parseParties({ persons: [], pairs: [['a', 'b', 1.5]] })).toBeNull();
    expect(parseParties(null)).toBeNull();
  });
});
