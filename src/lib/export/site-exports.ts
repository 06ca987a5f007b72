/**
 * The exports of this build, made once from the site's data (`src/lib/site/data.ts`) and shared by
 * the endpoints (`src/pages/documents/[id]/[file].ts`, `src/pages/data/[file].ts`) and the data page:
 * every document's citation record, and the corpus files with the zip. Read at build time only.
 * Made from the documents' summaries; a document's whole record is read only while its TEI is made.
 */
import { DATA_FILES, dataPath, storedFile, type StoredFile } from '../render/data-dir.ts';
import { corpusSamples, SAMPLE_BYTES } from '../site/data-page-view.ts';
import { documents, loadDocument, persons, sources } from '../site/data.ts';
import { report } from '../site/data-files.ts';
import { corpusEntries, type CorpusEntry } from './corpus.ts';
import { storeCorpusFiles, type StoredCorpusFile } from './stored-files.ts';

/**
 * The ingest's JSON files by name: their sizes and first bytes for the data page; the zip reads each
 * whole, byte for byte, when it adds it (as bytes: the corpus's file may be longer than a string can
 * be), and lets it go.
 */
export const jsonFiles: Record<string, StoredFile> = Object.fromEntries(
  await Promise.all(DATA_FILES.map(async (f) => [f, await storedFile(dataPath(f), SAMPLE_BYTES)] as const)),
);

/** Every document with its citation record, in the order of `documents.json` (the index keeps it). */
export const entries: CorpusEntry[] = corpusEntries({ documents, persons, sources });

/** Each document's citation record by id: what its page cites and its files hold. */
export const recordById = new Map(entries.map((e) => [e.doc.id, e.record]));

/**
 * The corpus files of `/data/` (the zip last), stored outside `dist/` until the build is done
 * (stored-files.ts): each is written as soon as it is made and let go, the zip a piece at a time, so
 * the build holds one file's content at a time, never the zip whole. They are made beside the pages, not
 * before them: begun when this module is first read and awaited by the data page (the one page that
 * shows them) and by the dev server's route. Most of their time is zlib's deflate of the zip's
 * entries in Node's thread pool (the corpus's `documents.json` alone, 3.3 s at ×10), which the
 * build's first pages waited on with the other core idle (BENCHMARKS.md). A fault in them fails the
 * data page, and so the build, before its end copies the stored files (`dataFiles` in
 * astro.config.mjs).
 */
export const files: Promise<StoredCorpusFile[]> = storeCorpusFiles(
  {
    entries,
    json: jsonFiles,
    updated: report.generated,
    fullDocument: (e) => loadDocument(e.doc.id),
  },
  corpusSamples,
);
// Heard where it is awaited; until then a fault must not end the process as an unhandled rejection.
files.catch(() => {});
