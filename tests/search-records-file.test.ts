/**
 * The documents' search records as a build makes them, in a process beside the pages
 * (src/lib/search/records-file.ts): every document's record, in files of `RECORDS_PER_FILE` in the index's
 * order, the same as the record made in one process from the same corpus; the `й`-words' counts the ingest
 * wrote, which they are made from, the counts of the records the pages read; and read back a file at a time
 * once it is whole, with a failure said in the folder, or a damaged line, an error instead of a wait or a
 * wrong page.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusInput } from '../src/lib/export/corpus.ts';
import { dataPath, SHORT_I_WORDS } from '../src/lib/render/data-dir.ts';
import { loadDocument } from '../src/lib/render/document-store.ts';
import { documentWords, searchRecord } from '../src/lib/search/record.ts';
import { editionContext, FAILED, RECORDS_PER_FILE, SearchRecordsReader, writeSearchRecords } from '../src/lib/search/records-file.ts';
import { documentsPrinting } from '../src/lib/search/short-i.ts';
import { META_KEYS } from '../src/lib/search/contract/keys.ts';
import { ShortIWordsSchema } from '../src/schemas/index.ts';

/** A scratch folder (inside the test run's own, removed when the run ends: tests/temp-dir-setup.ts). */
const temp = (): string => mkdtempSync(join(tmpdir(), 'edition-search-records-test-'));

const line = (id: string, record: unknown = { meta: {} }): string => `${JSON.stringify({ id, record })}\n`;

describe('the search records made beside the pages', () => {
  it('are made from the й-words the ingest counted, which are those of the records the pages read', async () => {
    const input = await readCorpusInput();
    const printed = new Map<string, number>();
    for (const d of input.documents) documentsPrinting([documentWords(await loadDocument(d.id))], printed);
    const written = ShortIWordsSchema.parse(JSON.parse(readFileSync(dataPath(SHORT_I_WORDS), 'utf8')));
    expect(written.documents).toEqual(Object.fromEntries(printed));
    expect(Object.keys(written.documents)).toEqual([...written.known, ...written.unknown].sort());
  });

  it('writes every document’s record in files of RECORDS_PER_FILE in the index’s order, each as one process makes it', async () => {
    const input = await readCorpusInput();
    const dir = join(temp(), 'records');
    expect(await writeSearchRecords(dir, input)).toBe(input.documents.length);
    const files = Math.ceil(input.documents.length / RECORDS_PER_FILE);
    expect(files).toBeGreaterThan(1);
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: files }, (_, n) => `${n}.jsonl`).sort());
    const ids = Array.from({ length: files }, (_, n) =>
      readFileSync(join(dir, `${n}.jsonl`), 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    );
    expect(ids.flat()).toEqual(input.documents.map((d) => d.id));
    expect(ids[0]).toHaveLength(RECORDS_PER_FILE);

    const ctx = await editionContext(input.persons, input.sources);
    const reader = new SearchRecordsReader(dir, input.documents.map((d) => d.id));
    let withForms = 0;
    for (const d of input.documents) {
      const expected = searchRecord(await loadDocument(d.id), ctx);
      expect(await reader.get(d.id), d.id).toEqual(expected);
      if (expected.meta[META_KEYS.shortIForms]) withForms++;
    }
    // The comparison covers the `й`-forms, which need the whole corpus: most documents carry some.
    expect(withForms).toBeGreaterThan(input.documents.length / 2);
  });

  it('gives a record once its file is whole, before the files after it', async () => {
    const dir = temp();
    const order = Array.from({ length: RECORDS_PER_FILE + 1 }, (_, i) => `pt-${i + 1}`);
    const reader = new SearchRecordsReader(dir, order);
    const last = reader.get(`pt-${RECORDS_PER_FILE + 1}`);
    setTimeout(() => writeFileSync(join(dir, '0.jsonl'), order.slice(0, RECORDS_PER_FILE).map((id) => line(id)).join('')), 50);
    expect(await reader.get('pt-2')).toEqual({ meta: {} });
    setTimeout(() => writeFileSync(join(dir, '1.jsonl'), line(`pt-${RECORDS_PER_FILE + 1}`, { meta: { n: '1' } })), 50);
    expect(await last).toEqual({ meta: { n: '1' } });
  });

  it('stops with what the failed process said', async () => {
    const dir = join(temp(), 'records');
    const reading = new SearchRecordsReader(dir, ['pt-001']).get('pt-001');
    setTimeout(() => {
      mkdirSync(dir);
      writeFileSync(join(dir, FAILED), 'beside-pages: documents/pt-007.json is not a valid record\n');
    }, 100);
    await expect(reading).rejects.toThrow('search records: beside-pages: documents/pt-007.json is not a valid record');
  });

  it('refuses a line that is not a record, naming the file and line, and a document it has no record of', async () => {
    const dir = temp();
    writeFileSync(join(dir, '0.jsonl'), `${line('pt-001')}${JSON.stringify({ id: 'pt-002' })}\n`);
    await expect(new SearchRecordsReader(dir, ['pt-001', 'pt-002']).get('pt-001')).rejects.toThrow(`${join(dir, '0.jsonl')}:2: not a search record`);
    writeFileSync(join(dir, '0.jsonl'), line('pt-001'));
    await expect(new SearchRecordsReader(dir, ['pt-001', 'pt-002']).get('pt-002')).rejects.toThrow(/Document pt-002: no search record in .*0\.jsonl/);
    await expect(new SearchRecordsReader(dir, ['pt-001']).get('pt-009')).rejects.toThrow(/Document pt-009: not in the document index/);
    expect(existsSync(join(dir, FAILED))).toBe(false);
  });
});

describe('the search context the records are made in', () => {
  it('refuses a list of the й-words without their counts, naming the file', async () => {
    const dir = temp();
    const words = ShortIWordsSchema.parse(JSON.parse(readFileSync(dataPath(SHORT_I_WORDS), 'utf8')));
    writeFileSync(join(dir, SHORT_I_WORDS), JSON.stringify({ known: words.known, unknown: words.unknown }));
    const input = await readCorpusInput();
    const previous = process.env['EDITION_DATA'];
    process.env['EDITION_DATA'] = dir;
    try {
      await expect(editionContext(input.persons, input.sources)).rejects.toThrow(
        new RegExp(`${join(dir, SHORT_I_WORDS).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not a valid list of the words with й .*documents`, 's'),
      );
    } finally {
      if (previous === undefined) delete process.env['EDITION_DATA'];
      else process.env['EDITION_DATA'] = previous;
    }
  });
});
