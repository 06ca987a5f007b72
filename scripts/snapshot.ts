/** Writes the reviewed snapshot of key record fields: npm run snapshot (then read the diff). */
import { writeFile } from 'node:fs/promises';
import { editionOptions, ingest } from '../src/lib/ingest/ingest.ts';
import { snapshot } from '../src/lib/ingest/snapshot.ts';

const { documents, studies } = await ingest(editionOptions());
await writeFile('tests/snapshots/records.txt', snapshot(documents, studies));
console.log(`tests/snapshots/records.txt: ${documents.length} documents, ${studies.length} studies`);
