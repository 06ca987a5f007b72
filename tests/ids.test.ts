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
  });

  it('a value with no letter or digit that survives gets a segment of its own, from its code points', () => {
    expect(archiveSegment('…')).toBe('x-2026');
    expect(archiveSegment(' † ')).toBe('x-2020');
    expect(genreSegment('«»')).toBe('x-ab-bb');
    expect(personId('***')).toBe('x-2a-2a-2a');
    // Stable, and distinct for distinct values: no two such values share a page.
    const values = ['…', '†', '*', '**', '«»', '—', '–', '?', '/', '[ ]'];
    expect(new Set(values.map(archiveSegment)).size).toBe(values.length);
    expect(values.map(archiveSegment)).toEqual(values.map(archiveSegment));
  });

  it('an empty value has no segment', () => {
    expect(() => archiveSegment('')).toThrow(/empty value has no path segment/);
    expect(() => genreSegment('  ')).toThrow(/empty value/);
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
