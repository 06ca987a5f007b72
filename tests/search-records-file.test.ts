/**
 * The documents' search records as a build makes them, in a process beside the pages
 * (src/lib/search/records-file.ts): every document's record, a line each in the index's order, the
 * same as the record made in one process from the same corpus; and read back once the file is whole,
 * with a failure said beside the file, or a damaged line, an error instead of a wait or a wrong page.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusInput } from '../src/lib/export/corpus.ts';
import { loadDocument } from '../src/lib/render/document-store.ts';
import { documentWords, searchRecord } from '../src/lib/search/record.ts';
import { editionContext, failedFile, readSearchRecords, SEARCH_RECORDS_FILE, writeSearchRecords } from '../src/lib/search/records-file.ts';
import { documentsPrinting } from '../src/lib/search/short-i.ts';
import { META_KEYS } from '../src/lib/search/contract/keys.ts';

/** A scratch folder (inside the test run's own, removed when the run ends: tests/temp-dir-setup.ts). */
const temp = (): string => mkdtempSync(join(tmpdir(), 'edition-search-records-test-'));

describe('the search records made beside the pages', () => {
  it('writes every document’s record in the index’s order, as one process makes it from the same corpus', async () => {
    const input = await readCorpusInput();
    const file = join(temp(), SEARCH_RECORDS_FILE);
    expect(await writeSearchRecords(file, input)).toBe(input.documents.length);
    expect(existsSync(`${file}.part`)).toBe(false);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(input.documents.map((d) => d.id));

    // The records as the pages' build made them in its own process: the corpus's words with `й` counted first.
    const printed = new Map<string, number>();
    for (const d of input.documents) documentsPrinting([documentWords(await loadDocument(d.id))], printed);
    const ctx = await editionContext(() => printed, input.persons, input.sources);
    const read = await readSearchRecords(file);
    expect(read.size).toBe(input.documents.length);
    let withForms = 0;
    for (const d of input.documents) {
      const expected = searchRecord(await loadDocument(d.id), ctx);
      expect(read.get(d.id), d.id).toEqual(expected);
      if (expected.meta[META_KEYS.shortIForms]) withForms++;
    }
    // The comparison covers the `й`-forms, which need the whole corpus: most documents carry some.
    expect(withForms).toBeGreaterThan(input.documents.length / 2);
  });

  it('waits for the file until it is whole', async () => {
    const file = join(temp(), SEARCH_RECORDS_FILE);
    const reading = readSearchRecords(file);
    setTimeout(() => writeFileSync(file, `${JSON.stringify({ id: 'pt-001', record: { meta: {} } })}\n`), 200);
    expect([...(await reading).keys()]).toEqual(['pt-001']);
  });

  it('stops with what the failed process said', async () => {
    const file = join(temp(), SEARCH_RECORDS_FILE);
    const reading = readSearchRecords(file);
    setTimeout(() => writeFileSync(failedFile(file), 'beside-pages: documents/pt-007.json is not a valid record\n'), 100);
    await expect(reading).rejects.toThrow('search records: beside-pages: documents/pt-007.json is not a valid record');
  });

  it('refuses a line that is not a record, naming the line', async () => {
    const file = join(temp(), SEARCH_RECORDS_FILE);
    writeFileSync(file, `${JSON.stringify({ id: 'pt-001', record: {} })}\n${JSON.stringify({ id: 'pt-002' })}\n`);
    await expect(readSearchRecords(file)).rejects.toThrow(`${file}:2: not a search record`);
  });
});
