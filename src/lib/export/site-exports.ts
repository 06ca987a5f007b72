/**
 * The exports of this build, made once from the site's data (`src/lib/site/data.ts`) and shared by
 * the endpoints (`src/pages/documents/[id]/[file].ts`, `src/pages/data/[file].ts`) and the data page:
 * every document's citation record, and the corpus files with the zip. Read at build time only.
 */
import { DATA_FILES, readDataFile } from '../render/data-dir.ts';
import { documents, persons, sources } from '../site/data.ts';
import { report } from '../site/data-files.ts';
import { corpusEntries, type CorpusEntry } from './corpus.ts';
import { corpusFiles, type CorpusFile } from './corpus-files.ts';

/** The ingest's JSON files, byte for byte, by name. */
export const jsonFiles: Record<string, string> = Object.fromEntries(await Promise.all(DATA_FILES.map(async (f) => [f, await readDataFile(f)] as const)));

/** The position of each document in `documents.json` (the content collection does not keep the file's order). */
const order = new Map((JSON.parse(jsonFiles['documents.json']!) as { id: string }[]).map((d, i) => [d.id, i]));

/** Every document with its citation record, in the order of `documents.json`. */
export const entries: CorpusEntry[] = corpusEntries({
  documents: [...documents].sort((a, b) => order.get(a.id)! - order.get(b.id)!),
  persons,
  sources,
});

/** The corpus files of `/data/` (the zip last). */
/** Each document's citation record by id: what its page cites and its files hold. */
export const recordById = new Map(entries.map((e) => [e.doc.id, e.record]));

export const files: CorpusFile[] = corpusFiles({ entries, json: jsonFiles, updated: report.generated });
