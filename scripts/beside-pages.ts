/**
 * What a build makes beside Astro's build of the pages, in this process of its own on the machine's other
 * core (started by `besidePages` in astro.config.mjs), into one folder:
 * 1. every document's search record (src/lib/search/records-file.ts), which the pages take as they come;
 * 2. the files beside each document's page, with their list (src/lib/export/document-files-store.ts), which
 *    the build moves into `dist/` when the pages are done.
 * It ends with exit 1 and the fault on a record that cannot be read or a file that cannot be made.
 *
 * tsx scripts/beside-pages.ts --out DIR
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpusInput } from '../src/lib/export/corpus.ts';
import { DOCUMENT_FILES_DIR, writeDocumentFiles } from '../src/lib/export/document-files-store.ts';
import { SEARCH_RECORDS_DIR, writeSearchRecords } from '../src/lib/search/records-file.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('beside-pages: --out DIR is required');
  process.exit(1);
}
const out = resolve(values.out);
const started = performance.now();
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
try {
  const input = await readCorpusInput();
  const records = await writeSearchRecords(join(out, SEARCH_RECORDS_DIR), input);
  const recordsDone = seconds();
  const { documents, files } = await writeDocumentFiles(join(out, DOCUMENT_FILES_DIR), input);
  console.log(`${records} search records in ${recordsDone} s; ${files} files of ${documents} documents by ${seconds()} s`);
} catch (error) {
  console.error(`beside-pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
