import { describe, expect, it } from 'vitest';
import { genreGroups, lastSegment, NO_GENRE_LABEL } from '../src/lib/site/genres.ts';
import { compareNames, indexLetter, personIndex } from '../src/lib/site/persons-index.ts';
import type { Person } from '../src/schemas/index.ts';
import { doc } from './site-helpers.ts';

describe('genreGroups', () => {
  it('groups by genre, largest first, no genre last, with URLs from the URL scheme', () => {
    const groups = genreGroups([
      doc(1, { genre: 'письмо' }),
      doc(2, { genre: 'выписка из протокола' }),
      doc(3, { genre: 'письмо' }),
      doc(4, { genre: null }),
      doc(5, { genre: 'заявление' }),
    ]);
    expect(groups.map((g) => [g.label, g.documents.length])).toEqual([
      ['письмо', 2],
      ['выписка из протокола', 1],
      ['заявление', 1],
      [NO_GENRE_LABEL, 1],
    ]);
    expect(groups[0]!.url).toBe('/genres/pismo/');
    expect(groups[3]!.genre).toBeNull();
    expect(lastSegment(groups[1]!.url)).toBe('vypiska-iz-protokola');
  });

  it('refuses two genres that would share a URL', () => {
    expect(() => genreGroups([doc(1, { genre: 'письмо' }), doc(2, { genre: 'Письмо' })])).toThrow(/share the URL/);
  });
});

describe('personIndex', () => {
  const person = (name: string, kind: Person['kind'] = 'person'): Person => ({ id: 'x', name, kind, forms: [], authored: [], addressed: [] });

  it('sorts in Russian order and separates bodies', () => {
    const { persons, bodies } = personIndex([
      person('Ягода Г. Г.'),
      person('ЦК ВКП(б)', 'body'),
      person('Агранов Я. С.'),
      person('Ёлкин А. А.'),
      person('Евдокимов Г. Е.'),
      person('ОГПУ', 'body'),
    ]);
    expect(persons.map((p) => p.name)).toEqual(['Агранов Я. С.', 'Евдокимов Г. Е.', 'Ёлкин А. А.', 'Ягода Г. Г.']);
    expect(bodies.map((p) => p.name)).toEqual(['ОГПУ', 'ЦК ВКП(б)']);
  });

  it('files Ё under Е and compares case-insensitively first', () => {
    expect(indexLetter('Ёлкин')).toBe('Е');
    expect(indexLetter('бюро')).toBe('Б');
    expect(compareNames('бюро МК', 'Бюро МК')).not.toBe(0);
    expect(Math.sign(compareNames('Бюро МК', 'Бюро Сибкрайкома'))).toBe(-1);
  });
});
