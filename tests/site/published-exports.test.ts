/**
 * The exports of the built site: the four files beside every document's page, the corpus files
 * under /data/ and the data page's links to them; none of them names a placeholder host.
 */
import { describe, expect, inject, it } from 'vitest';
import { DOCUMENT_FORMATS } from '../../src/lib/export/document-files.ts';
import { ZIP_NAME } from '../../src/lib/export/corpus-files.ts';
import { urls } from '../../src/lib/ids/urls.ts';
import { documents } from './site-data.ts';

const base = inject('baseUrl');

const CORPUS_FILES = [
  'documents.csv',
  'correspondence.cmif.xml',
  'documents.csl.json',
  'documents.ris',
  'documents.bib',
  'documents.schema.json',
  'persons.schema.json',
  ZIP_NAME,
];

describe('published exports', () => {
  it(`serves ${DOCUMENT_FORMATS.length} files beside every document's page (${documents.length} documents)`, async () => {
    const problems: string[] = [];
    for (const d of documents) {
      for (const format of DOCUMENT_FORMATS) {
        const path = urls.documentFile(d.id, format.extension);
        const res = await fetch(base + path);
        const body = await res.text();
        if (res.status !== 200) problems.push(`${path}: HTTP ${res.status}`);
        else if (!body.includes(d.url)) problems.push(`${path} does not name its page ${d.url}`);
        else if (body.includes('example.org')) problems.push(`${path} names the placeholder host example.org`);
      }
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });

  it.each(CORPUS_FILES)('serves /data/%s', async (name) => {
    const res = await fetch(base + urls.data(name));
    expect(res.status, `GET ${urls.data(name)}`).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(100);
    if (name !== ZIP_NAME) expect(new TextDecoder().decode(bytes)).not.toContain('example.org');
  });

  it('lists every corpus file and every format on the data page', async () => {
    const res = await fetch(base + urls.dataPage());
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const name of CORPUS_FILES) expect(html).toContain(`href="${urls.data(name)}"`);
    for (const format of DOCUMENT_FORMATS) expect(html).toContain(`href="${urls.documentFile('pt-001', format.extension)}"`);
  });
});
