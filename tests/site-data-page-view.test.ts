/** What the data page shows (src/lib/site/data-page-view.ts): every download with format, size, licence and a sample. */
import { describe, expect, it } from 'vitest';
import { corpusFiles, ZIP_NAME } from '../src/lib/export/corpus-files.ts';
import { plural } from '../src/lib/lang/plural.ts';
import { dataPageView, sampleOf, sizeLabel } from '../src/lib/site/data-page-view.ts';
import { byId, entries, TEST_ADDRESS } from './export-corpus.ts';

describe('sizes and samples', () => {
  it.each([
    [812, '812 Б'],
    [1024, '1,0 КБ'],
    [19_772, '19,3 КБ'],
    [7_499_345, '7,2 МБ'],
  ])('%i bytes → %s', (bytes, label) => {
    expect(sizeLabel(bytes).replace(/\u00a0/g, ' ')).toBe(label);
  });

  it('shows the first lines, cut to a width, and says when more follows', () => {
    expect(sampleOf('a\nb\nc', 2)).toBe('a\nb\n…');
    expect(sampleOf('a\nb\n', 2)).toBe('a\nb');
    expect(sampleOf('x'.repeat(10), 6, 5)).toBe('xxxx…');
  });
});

describe('the data page', async () => {
  const corpus = await entries();
  const json = { 'documents.json': '[\n  {}\n]\n' };
  const files = await corpusFiles({ entries: corpus, json, updated: '2026-11-30T12:00:00.000Z', address: TEST_ADDRESS, fullDocument: (e) => byId(e.doc.id) });
  const view = dataPageView({ files, json, example: corpus[0]!, documents: corpus.length });

  it('lists the JSON, every corpus file and the zip, with their links under /data/', () => {
    expect(view.corpus.map((f) => f.href)).toEqual(['/data/documents.json', ...files.map((f) => `/data/${f.name}`)]);
    expect(view.corpus.every((f) => f.size !== '' && f.licence === 'CC BY 4.0' && f.sample !== '' && f.format !== '')).toBe(true);
  });

  it('samples the zip by the files it holds', () => {
    const zip = view.corpus.find((f) => f.name === ZIP_NAME)!;
    expect(zip.sample).toContain('README.md');
    expect(zip.sample).toContain(`tei/ — ${corpus.length} ${plural(corpus.length, ['файл', 'файла', 'файлов'])}: pt-001.xml`);
  });

  it('shows the files of one document as the example of every format', () => {
    expect(view.perDocument.example).toEqual({ id: 'pt-001', href: '/documents/pt-001/' });
    expect(view.perDocument.formats.map((f) => f.href)).toEqual([
      '/documents/pt-001/pt-001.csl.json',
      '/documents/pt-001/pt-001.ris',
      '/documents/pt-001/pt-001.bib',
      '/documents/pt-001/pt-001.tei.xml',
    ]);
    expect(view.perDocument.formats[1]!.sample.startsWith('TY  - PCOMM')).toBe(true);
  });
});
