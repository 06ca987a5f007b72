/**
 * The files beside each document's page (`/documents/pt-001/pt-001.ris` …, the formats of
 * document-files.ts), made by a process beside Astro's build of the pages (scripts/beside-pages.ts), and
 * moved into the build when it is done (`besidePages` in astro.config.mjs). Astro makes its pages on
 * one thread; as its endpoints, these 4 files a document (86,000 at a hundred times this edition) were
 * about a quarter of its time at ×10, with the machine's other core idle (BENCHMARKS.md). Made from the
 * same records as the pages' citations (`readCorpusInput` in corpus.ts). For the dev server they stay
 * endpoints (`src/pages/documents/[id]/[file].ts`).
 */
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { eachAtOnce } from '../render/at-once.ts';
import { loadDocument } from '../render/document-store.ts';
import { corpusEntries, type CorpusInput } from './corpus.ts';
import { DOCUMENT_FORMATS } from './document-files.ts';

/**
 * The list of the files made, written into the folder when every file is: the build moves the files it
 * lists and nothing else, and stops without it (a process that ended early leaves no list).
 */
export const DOCUMENT_FILES_LIST = 'document-files.json';

/** The folder's name in the folder of what is made beside the pages (scripts/beside-pages.ts). */
export const DOCUMENT_FILES_DIR = 'documents';

/** A listed file: `<id>/<id>.<extension>`, one folder down, no way out of the folder. */
const ListSchema = z.array(z.string().regex(/^[\w.-]+\/[\w.-]+$/).refine((p) => !p.split('/').some((s) => s === '.' || s === '..'))).min(1);

/** How many documents are read and written at once: one document's files are made while another's are written. */
const AT_ONCE = 4;

/**
 * Every document's files, in `<out>/<id>/<id>.<extension>`, then the list of them. Returns how many
 * documents and files. Throws on a record that cannot be read or a file that cannot be made.
 */
export async function writeDocumentFiles(out: string, input: CorpusInput): Promise<{ documents: number; files: number }> {
  const entries = corpusEntries(input);
  const made = await eachAtOnce(entries, AT_ONCE, async ({ doc: summary, record }) => {
    const doc = await loadDocument(summary.id);
    const dir = join(out, summary.id);
    await mkdir(dir, { recursive: true });
    const names: string[] = [];
    for (const format of DOCUMENT_FORMATS) {
      const name = `${summary.id}.${format.extension}`;
      await writeFile(join(dir, name), format.make(record, doc));
      names.push(`${summary.id}/${name}`);
    }
    return names;
  });
  const list = made.flat();
  await writeFile(join(out, DOCUMENT_FILES_LIST), `${JSON.stringify(list)}\n`);
  return { documents: entries.length, files: list.length };
}

/**
 * Moves the listed files of `store` into `<dist>/documents/` (copied where the two are on different
 * disks) and removes `store`. Throws when the list is missing or invalid, or a listed file is missing.
 * Returns how many files were moved.
 */
export async function moveDocumentFiles(store: string, dist: string): Promise<number> {
  const listFile = join(store, DOCUMENT_FILES_LIST);
  let list: string[];
  try {
    list = ListSchema.parse(JSON.parse(await readFile(listFile, 'utf8')));
  } catch (error) {
    throw new Error(`${listFile}: no valid list of document files (${error instanceof Error ? error.message : String(error)})`);
  }
  const into = join(dist, 'documents');
  // A document's files at a time, a few documents at once: a rename is a call to the disk, and Node's thread
  // pool makes several at once (at ×100 86,000 files: 8 s one after another).
  const folders = [...Map.groupBy(list, (path) => path.slice(0, path.indexOf('/'))).entries()];
  await eachAtOnce(folders, MOVING, async ([folder, paths]) => {
    await mkdir(join(into, folder), { recursive: true });
    for (const path of paths) {
      const target = join(into, path);
      await rename(join(store, path), target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EXDEV') throw error;
        await copyFile(join(store, path), target);
      });
    }
  });
  await rm(store, { recursive: true, force: true });
  return list.length;
}

/** Documents whose files are moved at once (`moveDocumentFiles`). */
const MOVING = 8;
