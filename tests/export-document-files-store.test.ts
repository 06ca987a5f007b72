/**
 * The files beside each document's page as a build makes them, in a process of its own beside the
 * pages (src/lib/export/document-files-store.ts): every document's four files, each what its format
 * makes of the document's citation record and whole record, then listed; and moved into `dist/` by the
 * list only, with a missing or damaged list, or a listed file missing, an error, not a partial move.
 * (The files in a built site: tests/site/published-exports.test.ts.)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusEntries } from '../src/lib/export/corpus.ts';
import { DOCUMENT_FILES_LIST, moveDocumentFiles, writeDocumentFiles } from '../src/lib/export/document-files-store.ts';
import { readCorpusInput } from '../src/lib/export/corpus.ts';
import { DOCUMENT_FORMATS } from '../src/lib/export/document-files.ts';
import { loadDocument, readDocumentIndex } from '../src/lib/render/document-store.ts';
import { documents, persons, sources } from './export-corpus.ts';

/** A scratch folder (inside the test run's own, removed when the run ends: tests/temp-dir-setup.ts). */
const temp = (): string => mkdtempSync(join(tmpdir(), 'edition-document-files-test-'));

describe('the document files written beside the pages', () => {
  it('writes four files for every document of the store, each what its format makes, and lists them in order', async () => {
    const out = temp();
    const summaries = await readDocumentIndex();
    expect(await writeDocumentFiles(out, await readCorpusInput())).toEqual({ documents: summaries.length, files: 4 * summaries.length });
    const list: string[] = JSON.parse(readFileSync(join(out, DOCUMENT_FILES_LIST), 'utf8'));
    expect(list).toHaveLength(4 * documents.length);
    expect(list.slice(0, 4)).toEqual(DOCUMENT_FORMATS.map((f) => `${summaries[0]!.id}/${summaries[0]!.id}.${f.extension}`));
    expect(new Set(list.map((p) => p.split('/')[0]))).toEqual(new Set(documents.map((d) => d.id)));
    // Every file against the formats themselves, made from the records at the site's own address.
    const entries = corpusEntries({ documents: summaries, persons, sources });
    for (const { doc, record } of entries) {
      const whole = await loadDocument(doc.id);
      for (const format of DOCUMENT_FORMATS) {
        expect(readFileSync(join(out, doc.id, `${doc.id}.${format.extension}`), 'utf8'), `${doc.id}.${format.extension}`).toBe(
          format.make(record, whole),
        );
      }
    }
  });

  it('moves the listed files into dist/documents/<id>/ and removes its folder', async () => {
    const store = temp();
    const dist = temp();
    mkdirSync(join(store, 'pt-001'));
    writeFileSync(join(store, 'pt-001', 'pt-001.ris'), 'TY  - LETTER\n');
    writeFileSync(join(store, 'pt-001', 'not-listed.txt'), 'x');
    writeFileSync(join(store, DOCUMENT_FILES_LIST), JSON.stringify(['pt-001/pt-001.ris']));
    mkdirSync(join(dist, 'documents', 'pt-001'), { recursive: true });
    writeFileSync(join(dist, 'documents', 'pt-001', 'index.html'), '<!doctype html>');
    expect(await moveDocumentFiles(store, dist)).toBe(1);
    expect(readFileSync(join(dist, 'documents', 'pt-001', 'pt-001.ris'), 'utf8')).toBe('TY  - LETTER\n');
    expect(readdirSync(join(dist, 'documents', 'pt-001')).sort()).toEqual(['index.html', 'pt-001.ris']);
    expect(existsSync(store)).toBe(false);
  });

  it('refuses a folder without its list: the process that writes them ended early', async () => {
    const store = temp();
    mkdirSync(join(store, 'pt-001'));
    writeFileSync(join(store, 'pt-001', 'pt-001.ris'), 'TY  - LETTER\n');
    await expect(moveDocumentFiles(store, temp())).rejects.toThrow(/document-files\.json: no valid list of document files/);
  });

  it('refuses a list that names a path outside the folder, or nothing', async () => {
    for (const list of [['../pt-001.ris'], ['pt-001/../../x'], ['pt-001.ris'], []]) {
      const store = temp();
      writeFileSync(join(store, DOCUMENT_FILES_LIST), JSON.stringify(list));
      await expect(moveDocumentFiles(store, temp()), JSON.stringify(list)).rejects.toThrow(/no valid list of document files/);
    }
  });

  it('fails on a listed file that is missing', async () => {
    const store = temp();
    writeFileSync(join(store, DOCUMENT_FILES_LIST), JSON.stringify(['pt-001/pt-001.ris']));
    await expect(moveDocumentFiles(store, temp())).rejects.toThrow(/ENOENT/);
  });
});
