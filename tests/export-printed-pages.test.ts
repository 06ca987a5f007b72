/**
 * The pages each document occupies in the printed collection (src/lib/export/printed-pages.ts),
 * read from the source through the ingest's stages: the first page must be the record's `page`
 * (the two readings agree), and the pages of consecutive documents must follow one another.
 */
import { describe, expect, it } from 'vitest';
import { printedPages } from '../src/lib/export/printed-pages.ts';
import { documents, sources } from './export-corpus.ts';

const collection = sources.find((s) => s.kind === 'document-collection')!;
const pages = await printedPages(collection, 'content/sources');
const inCollection = documents.filter((d) => d.source === collection.id).sort((a, b) => a.number - b.number);

describe(`printed pages of ${collection.id}`, () => {
  it(`finds the pages of every document with a page (${inCollection.filter((d) => d.page !== null).length})`, () => {
    const missing = inCollection.filter((d) => d.page !== null && !pages.has(d.number)).map((d) => d.id);
    expect(missing).toEqual([]);
  });

  it("starts every document on the record's page", () => {
    const differ = inCollection
      .filter((d) => d.page !== null && pages.get(d.number)?.first !== d.page)
      .map((d) => `${d.id}: record ${d.page}, read ${pages.get(d.number)?.first}`);
    expect(differ).toEqual([]);
  });

  it('ends every document on or after the page where it begins, and on or before the page where the next begins', () => {
    const wrong: string[] = [];
    inCollection.forEach((d, i) => {
      const range = pages.get(d.number);
      const next = inCollection[i + 1];
      if (!range) return;
      if (range.last < range.first) wrong.push(`${d.id}: ${range.first}–${range.last}`);
      // Where the next document seems to begin earlier, the ingest's page reckoning drifts (page-count-drift).
      const drifts = next?.page != null && d.page !== null && next.page < d.page;
      if (next?.page != null && !drifts && range.last > next.page) wrong.push(`${d.id} ends on ${range.last}, after ${next.id} begins on ${next.page}`);
    });
    expect(wrong).toEqual([]);
  });

  it('has documents that end on the page before the next begins, so the next start is not the end', () => {
    const before = inCollection.filter((d, i) => {
      const next = inCollection[i + 1];
      return next?.page != null && pages.get(d.number)?.last === next.page - 1;
    });
    expect(before.length).toBeGreaterThan(0);
  });

  it('gives no pages for a source of another kind', async () => {
    const single = sources.find((s) => s.kind === 'single-document')!;
    expect((await printedPages(single, 'content/sources')).size).toBe(0);
  });
});
