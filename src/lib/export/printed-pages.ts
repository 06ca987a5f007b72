/**
 * The pages of the printed collection each document occupies, for the page range of a citation
 * («С. 16–17»). The records carry the page where a document starts (`page`), not where it ends, and
 * the next document's first page is no answer: in 48 of the 214 documents of the collection that
 * follow one another, the next one begins at the top of a new page. So the last page is read here
 * from the source itself, through the ingest's own stages (decoding, look-alike repair, page
 * furniture, document headers), never by a second parser; tests/export-printed-pages.test.ts checks
 * that the first pages found here are the records' `page`, so the two readings cannot drift apart.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../../schemas/index.ts';
import { decodeSource } from '../ingest/decode.ts';
import { Diagnostics } from '../ingest/diagnostics.ts';
import type { FlowLine } from '../ingest/furniture.ts';
import { resolveGaps, splitByHeaders } from '../ingest/headers.ts';
import { newLatinTally, repairLookalikes } from '../ingest/latin.ts';
import { readSource } from '../ingest/read-source.ts';

/** The printed pages of a document: first and last (equal for a document on one page). */
export interface PageRange {
  first: number;
  last: number;
}

/** The heading that opens the documents section of the collection (as `collection.ts` finds it). */
const DOCUMENTS_HEADING = /^ДОКУМЕНТЫ$/u;

const pageOf = (line: FlowLine | undefined): number | null => (line?.kind === 'text' ? line.page : null);

/**
 * First and last printed page of every document of a `document-collection` source, by document
 * number; documents whose pages cannot be reckoned are left out. Where the reckoning drifts (a
 * printed page number contradicts the count of page starts, which the ingest reports as
 * `page-count-drift`) a document may seem to end before it begins: then only its first page is
 * known, and the range is that page. Other kinds of source have no pages to give (an empty map).
 * Diagnostics are the ingest's business and are dropped here.
 */
export async function printedPages(source: Source, sourcesDir: string): Promise<Map<number, PageRange>> {
  const pages = new Map<number, PageRange>();
  if (source.kind !== 'document-collection') return pages;
  const diagnostics = new Diagnostics(source.file);
  const lines = decodeSource(await readFile(join(sourcesDir, source.file)), diagnostics);
  const tally = newLatinTally();
  for (const line of lines) line.text = repairLookalikes(line.text, tally);
  const { flow } = readSource(lines, diagnostics);
  const start = flow.findIndex((l) => l.kind === 'text' && DOCUMENTS_HEADING.test(l.text));
  const spans = resolveGaps(splitByHeaders(flow.slice(start + 1), diagnostics), diagnostics, []);
  for (const span of spans) {
    const text = span.lines.filter((l) => l.kind === 'text');
    const first = pageOf(text[0]);
    const last = pageOf(text.at(-1));
    if (first !== null) pages.set(span.number, { first, last: last !== null && last >= first ? last : first });
  }
  return pages;
}
