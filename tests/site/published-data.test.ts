/** The published data of the built site: `/data/*.json` as written by the ingest, and the search index. */
import { describe, expect, inject, it } from 'vitest';
import { urls } from '../../src/lib/ids/urls.ts';
import { DATA_FILES, documents, readData } from './site-data.ts';

const base = inject('baseUrl');

describe('published data', () => {
  it.each(DATA_FILES)('serves /data/%s as JSON identical to data/', async (file) => {
    const res = await fetch(base + urls.data(file));
    expect(res.status, `GET ${urls.data(file)}`).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const served: unknown = JSON.parse(await res.text());
    const local = readData<unknown>(file);
    expect(served).toEqual(local);
  });

  it(`has a search index covering every document (${documents.length})`, async () => {
    const res = await fetch(`${base}/pagefind/pagefind-entry.json`);
    expect(res.status, 'GET /pagefind/pagefind-entry.json').toBe(200);
    const entry = (await res.json()) as { languages?: Record<string, { page_count?: number }> };
    const ru = entry.languages?.['ru'];
    expect(ru, `pagefind languages: ${Object.keys(entry.languages ?? {}).join(', ')}`).toBeDefined();
    expect(ru?.page_count ?? 0, 'pages in the Russian index').toBeGreaterThanOrEqual(documents.length);
  });
});
