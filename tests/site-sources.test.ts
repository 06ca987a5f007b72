import { describe, expect, it } from 'vitest';
import { frontNotes, LOST_NOTE_TEXT, recordFields, SOURCE_KIND_LABELS } from '../src/lib/site/sources.ts';
import { SourceSchema } from '../src/schemas/index.ts';

const source = SourceSchema.parse({
  id: 'politburo-i-trotsky-1923-1932',
  siglum: 'pt',
  kind: 'document-collection',
  file: 'x.txt',
  title: 'Политбюро и Лев Троцкий. 1923–1940 гг.',
  shortTitle: 'Политбюро и Лев Троцкий. Кн. 1',
  authors: ['Мозохин О. Б.'],
  authorRole: 'compiler',
  publisher: 'Социосфера',
  issued: '2013',
  volume: '1',
  citation: 'Политбюро и Лев Троцкий… 2013.',
  originalFile: 'x.txt',
});

describe('recordFields', () => {
  it('lists only the fields that are known, with the role of the persons', () => {
    expect(recordFields(source)).toEqual([
      { label: 'Заглавие', value: 'Политбюро и Лев Троцкий. 1923–1940 гг.' },
      { label: 'Составитель', value: 'Мозохин О. Б.' },
      { label: 'Издательство', value: 'Социосфера' },
      { label: 'Год', value: '2013' },
      { label: 'Книга, том', value: '1' },
    ]);
  });

  it('puts the role in the plural for several persons', () => {
    const two = { ...source, authors: ['Мозохин О. Б.', 'Иванов И. И.'] };
    expect(recordFields(two)[1]).toEqual({ label: 'Составители', value: 'Мозохин О. Б., Иванов И. И.' });
    expect(SOURCE_KIND_LABELS.article).toBe('статья');
  });
});

describe('frontNotes', () => {
  const block = (n: string[]) => ({ kind: 'paragraph' as const, text: 'Текст.', notes: n.map((x) => ({ n: x, at: 6 })) });

  it('ties the preface notes to the text for the renderer', () => {
    expect(frontNotes({ source, frontMatter: [block(['1'])], frontNotes: [{ n: '1', text: 'Троцкий Л. Д. Моя жизнь.' }] })).toEqual([
      { n: '1', text: 'Троцкий Л. Д. Моя жизнь.', on: 'text' },
    ]);
  });

  it('gives a marker without a note a note saying its text is lost, in marker order', () => {
    const notes = frontNotes({
      source,
      frontMatter: [block(['13']), block(['14', '15']), block(['16'])],
      frontNotes: [{ n: '13', text: 'А.' }, { n: '16', text: 'Б.' }, { n: '99', text: 'Без знака.' }],
    });
    expect(notes.map((n) => [n.n, n.text])).toEqual([
      ['13', 'А.'],
      ['14', LOST_NOTE_TEXT],
      ['15', LOST_NOTE_TEXT],
      ['16', 'Б.'],
      ['99', 'Без знака.'],
    ]);
  });
});
