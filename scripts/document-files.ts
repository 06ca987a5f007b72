/**
 * The files beside each document's page (CSL-JSON, RIS, BibLaTeX, TEI), written into a folder with
 * their list (src/lib/export/document-files-store.ts). The pages' build runs it beside itself and moves
 * the files into `dist/` when it is done (`documentFiles` in astro.config.mjs).
 *
 * tsx scripts/document-files.ts --out DIR
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDocumentFiles } from '../src/lib/export/document-files-store.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('document-files: --out DIR is required');
  process.exit(1);
}
const started = performance.now();
try {
  const { documents, files } = await writeDocumentFiles(resolve(values.out));
  console.log(`document files: ${files} files of ${documents} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`document-files: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
