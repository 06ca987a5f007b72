/** Small records for the search tests (tests/search-*.test.ts): a document, persons, a source. */
import type { Document, Person, Source } from '../src/schemas/index.ts';

export function person(id: string, name: string, kind: Person['kind'] = 'person', forms: string[] = []): Person {
  return { id, name, kind, forms, authored: [], addressed: [] };
}

export const PERSONS: Person[] = [
  person('trockiy-l-d', 'Троцкий Л. Д.', 'person', ['Л. Д. Троцкого', 'Л. Д. Троцкому']),
  person('zinovev-g-e', 'Зиновьев Г. Е.', 'person', ['Г. Е. Зиновьеву']),
  person('stalin-i-v', 'Сталин И. В.', 'person', ['И. В. Сталину']),
  person('mayskiy-i-m', 'Майский И. М.', 'person', ['И. М. Майскому']),
  person('yagoda-g-g', 'Ягода Г. Г.', 'person', ['Г. Г. Ягоды']),
  person('politbyuro-ck-vkp-b', 'Политбюро ЦК ВКП(б)', 'body', ['Политбюро ЦК']),
];

export const SOURCE: Source = {
  id: 'politburo-i-trotsky-1923-1932',
  siglum: 'pt',
  kind: 'document-collection',
  file: 'politburo-i-trotsky-1923-1932.txt',
  title: 'Политбюро и Лев Троцкий',
  shortTitle: 'Политбюро и Лев Троцкий. Кн. 1',
  authors: [],
  authorRole: 'compiler',
  containerTitle: null,
  publisher: null,
  place: null,
  issued: null,
  volume: null,
  issue: null,
  pages: null,
  isbn: null,
  issn: null,
  citation: 'Политбюро и Лев Троцкий.',
  remarks: [],
  originalFile: 'x.txt',
};

export function doc(overrides: Partial<Document> = {}): Document {
  const text = overrides.text ?? 'Текст.';
  return {
    id: 'pt-088',
    source: SOURCE.id,
    number: 88,
    title: 'Письмо И. В. Сталина Л. Д. Троцкому от 15 сентября 1927 г.',
    titleSupplied: false,
    genre: 'письмо',
    authors: [{ name: 'Сталин И. В.', id: 'stalin-i-v', printed: 'И. В. Сталина' }],
    addressees: [{ name: 'Троцкий Л. Д.', id: 'trockiy-l-d', printed: 'Л. Д. Троцкому' }],
    date: { edtf: '1927-09-15', text: '15 сентября 1927', source: 'title' },
    place: 'Москва',
    classification: 'Строго секретно',
    registration: '№ 40',
    legend: {
      text: 'РГАСПИ. Ф. 17. Оп. 171. Д. 25. Л. 69–71. Копия. Машинопись',
      archive: 'РГАСПИ',
      fond: '17',
      opis: '171',
      delo: '25',
      sheets: '69–71',
      authenticity: 'Копия',
      method: 'Машинопись',
    },
    published: [],
    marginalia: [],
    notes: [],
    text,
    url: '/documents/pt-088/',
    blocks: [{ kind: 'paragraph', text, notes: [] }],
    page: 100,
    pageEnd: 100,
    pageReckoned: true,
    corrections: [],
    ...overrides,
  };
}
