/**
 * The pages the data implies (tests/site/site-data.ts): every record, person, date, archive,
 * genre and source page exists and is reachable from `/` (crawled by tests/site/crawl.ts).
 */
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/ids/urls.ts';
import { innerHtml, textOf } from '../support/html.ts';
import { capped, expected, get, missingOrUnreachable } from './crawl.ts';
import { documents, sources } from './site-data.ts';

describe(`pages implied by the data (${documents.length} documents)`, () => {
  it(`has a page for every record of data/documents.json at its url (${documents.length})`, async () => {
    const problems: string[] = [];
    for (const d of documents) {
      if (d.url !== urls.document(d.id)) problems.push(`${d.id}: url ${d.url} differs from urls.document → ${urls.document(d.id)}`);
      const f = await get(d.url);
      if (f.status !== 200 || !f.html || !f.page) {
        problems.push(`${d.url}: HTTP ${f.status} ${f.type}`);
        continue;
      }
      const h1 = textOf(innerHtml(f.html, f.page, 'h1') ?? '');
      const title = d.title.replace(/\s+/g, ' ').trim();
      // A document of a collection is headed by its number; a text that is a source of its own has none to show.
      const numbered = sources.find((s) => s.id === d.source)?.kind === 'document-collection';
      if (numbered && !h1.includes(`№ ${d.number}`)) problems.push(`${d.url}: <h1> lacks «№ ${d.number}»: «${h1}»`);
      if (!numbered && h1.includes('№')) problems.push(`${d.url}: <h1> of a text that is a source of its own shows a number: «${h1}»`);
      if (!h1.includes(title)) problems.push(`${d.url}: <h1> lacks the title «${title}»: «${h1}»`);
    }
    expect(capped(problems), `${problems.length} problems in ${documents.length} document pages`).toEqual([]);
  });

  it(`reaches every document page from / (${expected.documents.length})`, async () => {
    expect(capped(await missingOrUnreachable(expected.documents))).toEqual([]);
  });

  it(`reaches every person page from / (${expected.persons.length} in data/persons.json)`, async () => {
    expect(capped(await missingOrUnreachable([urls.persons(), ...expected.persons]))).toEqual([]);
  });

  it(`reaches every date page from / (${expected.years.length} years, ${expected.months.length} months, ${expected.undated.length} undated)`, async () => {
    expect(capped(await missingOrUnreachable([urls.dates(), ...expected.years, ...expected.months, ...expected.undated]))).toEqual([]);
  });

  it(`reaches every archive page from / (${expected.archives.length} archives, ${expected.fonds.length} fonds, ${expected.opisi.length} opisi, ${expected.dela.length} dela)`, async () => {
    expect(capped(await missingOrUnreachable([urls.archives(), ...expected.archives, ...expected.fonds, ...expected.opisi, ...expected.dela]))).toEqual([]);
  });

  it(`reaches every genre page from / (${expected.genres.length})`, async () => {
    expect(capped(await missingOrUnreachable([urls.genres(), ...expected.genres]))).toEqual([]);
  });

  it(`reaches every source page from / (${expected.sources.length})`, async () => {
    expect(capped(await missingOrUnreachable([urls.sources(), ...expected.sources]))).toEqual([]);
  });

  it('reaches /about/, /search/ and /data/ from /', async () => {
    expect(capped(await missingOrUnreachable([urls.about(), urls.search(), urls.dataPage()]))).toEqual([]);
  });
});
