import { describe, expect, it } from 'vitest';
import { archiveSegment, documentId, genreSegment, personId, slug } from '../src/lib/ids/ids.ts';
import { urls } from '../src/lib/ids/urls.ts';

describe('ids', () => {
  it('a document id is the siglum and the number, three digits or more', () => {
    expect(documentId('pt', 1)).toBe('pt-001');
    expect(documentId('pt', 215)).toBe('pt-215');
    expect(documentId('pt', 1000)).toBe('pt-1000');
    expect(documentId('bo', 1)).toBe('bo-001');
  });

  it('one ASCII id per name, transliterated', () => {
    expect(personId('Троцкий Л. Д.')).toBe('trockiy-l-d');
    expect(personId('Зиновьев Г. Е.')).toBe('zinovev-g-e');
    expect(personId('Политбюро ЦК ВКП(б)')).toBe('politbyuro-ck-vkp-b');
    expect(slug('«Правда»')).toBe('pravda');
    expect(slug('…')).toBe('');
  });

  it('path segments of archive references and genres', () => {
    expect(archiveSegment('РГАСПИ')).toBe('rgaspi');
    expect(archiveSegment('Р-9401')).toBe('r-9401');
    expect(archiveSegment('171')).toBe('171');
    expect(genreSegment('письмо')).toBe('pismo');
    expect(genreSegment('выписка из протокола')).toBe('vypiska-iz-protokola');
    // A value with no letter or digit that survives still gives a path segment.
    expect(archiveSegment('…')).toBe('x');
    expect(genreSegment('«»')).toBe('x');
  });
});

describe('urls: the permanent URL scheme', () => {
  it('builds every kind of page from stable values', () => {
    expect(urls.document(documentId('pt', 12))).toBe('/documents/pt-012/');
    expect(urls.person(personId('Троцкий Л. Д.'))).toBe('/persons/trockiy-l-d/');
    expect(urls.delo('РГАСПИ', '17', '171', '25')).toBe('/archive/rgaspi/17/171/25/');
    expect(urls.fond('ГА РФ', 'Р-9401')).toBe('/archive/ga-rf/r-9401/');
    expect(urls.genre('письмо')).toBe('/genres/pismo/');
    expect(urls.month('1927-09')).toBe('/dates/1927-09/');
    expect(urls.year(1927)).toBe('/dates/1927/');
    expect(urls.undated()).toBe('/dates/undated/');
    expect(urls.source('politburo-i-trotsky-1923-1932')).toBe('/sources/politburo-i-trotsky-1923-1932/');
    expect(urls.data('documents.json')).toBe('/data/documents.json');
  });
});
