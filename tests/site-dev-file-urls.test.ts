/** The dev server's URLs of the files beside the pages and of /data/ (src/lib/site/dev-file-urls.ts). */
import { describe, expect, it } from 'vitest';
import { devFileUrl } from '../src/lib/site/dev-file-urls.ts';

describe('devFileUrl', () => {
  it.each([
    ['/documents/pt-001/pt-001.ris', '/documents/pt-001/pt-001.ris/'],
    ['/documents/pt-001/pt-001.csl.json', '/documents/pt-001/pt-001.csl.json/'],
    ['/documents/pt-001/pt-001.tei.xml?download=1', '/documents/pt-001/pt-001.tei.xml/?download=1'],
    ['/documents/pt-001/pt-001.bib#top', '/documents/pt-001/pt-001.bib/#top'],
    ['/data/documents.csv', '/data/documents.csv/'],
    ['/data/documents.csl.json', '/data/documents.csl.json/'],
    ['/data/politburo-trotsky-data.zip', '/data/politburo-trotsky-data.zip/'],
  ])('gives %s the slash its route is matched with: %s', (url, served) => {
    expect(devFileUrl(url, '/')).toBe(served);
  });

  it('keeps the base path', () => {
    expect(devFileUrl('/trotsky/documents/pt-001/pt-001.ris', '/trotsky/')).toBe('/trotsky/documents/pt-001/pt-001.ris/');
    expect(devFileUrl('/trotsky/data/documents.csv', '/trotsky/')).toBe('/trotsky/data/documents.csv/');
    // Outside the base path: not the site's.
    expect(devFileUrl('/documents/pt-001/pt-001.ris', '/trotsky/')).toBeNull();
  });

  it.each([
    // The ingest's JSON files, which `[name].json.ts` serves without a slash.
    '/data/documents.json',
    '/data/persons.json',
    '/data/report.json',
    // Pages and their parts.
    '/documents/pt-001/',
    '/documents/pt-215/2/',
    '/data/',
    // A file already asked with the slash, or not named by its document.
    '/documents/pt-001/pt-001.ris/',
    '/documents/pt-001/pt-002.ris',
    '/documents/pt-001/pt-001.',
    // Vite's and Astro's own files.
    '/_astro/search.js',
    '/@vite/client',
    '/favicon.svg',
  ])('leaves %s as it is', (url) => {
    expect(devFileUrl(url, '/')).toBeNull();
  });
});
