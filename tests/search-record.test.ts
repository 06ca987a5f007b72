import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, META_KEYS, SORT_KEYS } from '../src/lib/search/contract/keys.ts';
import { documentWords, latinForms, searchContext, searchRecord } from '../src/lib/search/record.ts';
import { documentsPrinting } from '../src/lib/search/short-i.ts';
import { doc, PERSONS, SOURCE } from './search-fixtures.ts';

const dated = doc({ text: 'Прошу ознакомить т. Зиновьева. Красная армия.' });
const undated = doc({
  id: 'pt-051',
  number: 51,
  date: { edtf: null, text: '', source: null },
  legend: null,
  authors: [{ name: 'Политбюро ЦК ВКП(б)', id: 'politbyuro-ck-vkp-b', printed: 'Политбюро ЦК' }],
  addressees: [],
  text: 'О красной армии.',
});
const ctx = searchContext(documentsPrinting([dated, undated].map(documentWords)), PERSONS, [SOURCE]);

describe('searchRecord: filters', () => {
  it('files a document under its parties, genre, archive, fond, source, kind (a document, not a study), years and months', () => {
    expect(searchRecord(dated, ctx).filters).toEqual({
      [FILTER_KEYS.author.key]: ['Сталин И. В.'],
      [FILTER_KEYS.addressee.key]: ['Троцкий Л. Д.'],
      [FILTER_KEYS.genre.key]: ['письмо'],
      [FILTER_KEYS.archive.key]: ['РГАСПИ'],
      [FILTER_KEYS.fond.key]: ['РГАСПИ, ф. 17'],
      [FILTER_KEYS.source.key]: ['Политбюро и Лев Троцкий. Кн. 1'],
      [FILTER_KEYS.kind.key]: ['документ'],
      [FILTER_KEYS.year.key]: ['1927'],
      [FILTER_KEYS.month.key]: ['1927-09'],
    });
  });

  it('leaves out what a record lacks: an undated document has no year or month, no legend no archive', () => {
    const filters = searchRecord(undated, ctx).filters;
    expect(Object.keys(filters).sort()).toEqual(['author', 'genre', 'kind', 'source']);
  });
});

describe('searchRecord: sort keys and meta', () => {
  it('sorts a dated document by its day, an undated one last in both directions', () => {
    expect(searchRecord(dated, ctx).sort).toEqual({
      [SORT_KEYS.date]: '1927-09-15 politburo-i-trotsky-1923-1932 0000000000000088',
      [SORT_KEYS.dateDesc]: '1927-09-15 politburo-i-trotsky-1923-1932 0000000000000088',
    });
    expect(searchRecord(undated, ctx).sort).toEqual({
      [SORT_KEYS.date]: '9999-12-31 politburo-i-trotsky-1923-1932 0000000000000051',
      [SORT_KEYS.dateDesc]: '0000-01-01 politburo-i-trotsky-1923-1932 0000000000000051',
    });
  });

  it('gives number, date as shown, as printed and as EDTF, genre', () => {
    const meta = searchRecord(dated, ctx).meta;
    expect(meta[META_KEYS.number]).toBe('88');
    expect(meta[META_KEYS.date]).toBe('15 сентября 1927 г.');
    expect(meta[META_KEYS.dateText]).toBe('15 сентября 1927');
    expect(meta[META_KEYS.dateEdtf]).toBe('1927-09-15');
    expect(meta[META_KEYS.genre]).toBe('письмо');
    expect(searchRecord(undated, ctx).meta[META_KEYS.date]).toBe('без даты');
  });

  it('gives no number to a text that is a source of its own (its card must not read «№ 1»)', () => {
    const single = { ...SOURCE, id: 'trotsky-problemy-razvitiya-sssr-1931', siglum: 'bo', kind: 'single-document' as const };
    const platform = doc({ id: 'bo-001', number: 1, source: single.id, text: 'Проект платформы.' });
    const meta = searchRecord(platform, searchContext(documentsPrinting([platform].map(documentWords)), PERSONS, [single])).meta;
    expect(meta[META_KEYS.number]).toBeUndefined();
    expect(meta[META_KEYS.date]).toBe('15 сентября 1927 г.');
  });

  it('puts into the index the й-forms of the corpus that the page has in another case', () => {
    expect(searchRecord(dated, ctx).meta[META_KEYS.shortIForms]).toBe('красной');
    expect(searchRecord(undated, ctx).meta[META_KEYS.shortIForms]).toBeUndefined();
  });
});

describe('searchRecord: index-only text', () => {
  const record = searchRecord(dated, ctx);

  it('lists the parties with case forms and Latin forms', () => {
    const trotsky = record.parties.find((p) => p.id === 'trockiy-l-d')!;
    expect(trotsky.name).toBe('Троцкий Л. Д.');
    expect(trotsky.cases).toEqual(['Троцкого', 'Троцкому', 'Троцким', 'Троцком']);
    expect(trotsky.latin).toContain('L. D. Trotsky');
    expect(trotsky.latin).toContain('Trockij');
    expect(trotsky.latin).toContain('Trotskii');
  });

  it('lists the persons the text names, not the parties again', () => {
    expect(record.named.map((n) => n.id)).toEqual(['zinovev-g-e']);
    expect(record.named[0]!.latin).toContain('Zinoviev');
  });

  it('gives a body its name only', () => {
    expect(searchRecord(undated, ctx).parties).toEqual([{ id: 'politbyuro-ck-vkp-b', name: 'Политбюро ЦК ВКП(б)', cases: [], latin: [] }]);
  });

  it('writes the date as shown, as printed, and as readers type it', () => {
    expect(record.dates.slice(0, 2)).toEqual(['15 сентября 1927 г.', '15 сентября 1927']);
    for (const f of ['15.09.1927', '1927-09-15', 'сентябрь 1927', '1927']) expect(record.dates).toContain(f);
    expect(searchRecord(undated, ctx).dates).toEqual([]);
  });

  it('adds place, grif and registration number', () => {
    expect(record.particulars).toEqual(['Москва', 'Строго секретно', '№ 40']);
  });

  it('latinForms: the initials with the English form first', () => {
    expect(latinForms(PERSONS[1]!).slice(0, 3)).toEqual(['G. Ye. Zinoviev', 'G. E. Zinoviev', 'Zinoviev']);
    expect(latinForms(PERSONS[5]!)).toEqual([]);
  });
});
