/**
 * The corpus files of `/data/` as the site's build keeps them: each written once to a folder of its
 * own outside `dist/`, with what the data page shows of it (its size and sample). The CSV, CMIF,
 * citations and the zip of a large corpus are hundreds of MB: held for the whole build, they were
 * most of what the pages' build held besides its pages; handed to Astro as pages, each was held
 * again while it was written (the zip of the collection ×100: 3.3 GB for a moment). So a build
 * copies the folder into `dist/data/` when it is done (`dataFiles` in astro.config.mjs, which names
 * the folder in `STORE_ENV`); the dev server reads each back when asked (`src/pages/data/[file].ts`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusFile } from './corpus-files.ts';

/** A corpus file without its content: its size, its sample for the data page, and its bytes when asked. */
export interface StoredCorpusFile extends Omit<CorpusFile, 'content'> {
  size: number;
  sample: string;
  read(): Promise<Uint8Array<ArrayBuffer>>;
}

/** The environment variable naming the folder a build stores the files in (set by the build's integration). */
export const STORE_ENV = 'EDITION_CORPUS_FILES_DIR';

/**
 * The list of the stored files' names, written into the folder when every file is: the build copies the
 * files it lists and nothing else, and stops without it (the files are made beside the pages, so a build
 * could end while they are still being written; src/lib/export/site-exports.ts).
 */
export const STORED_LIST = 'stored-files.json';

/** The list: file names of the folder itself (no path, not the list). */
const StoredNamesSchema = z
  .array(z.string().regex(/^[^/\\]+$/).refine((n) => n !== STORED_LIST && n !== '.' && n !== '..'))
  .min(1);

let folder: string | null = null;

/**
 * The folder of this build's stored files: the build's (`STORE_ENV`), else one made on first use
 * and removed when the process ends (the dev server, a test).
 */
function storeDir(): string {
  const given = process.env[STORE_ENV];
  if (given) return given;
  if (!folder) {
    const dir = mkdtempSync(join(tmpdir(), 'edition-corpus-files-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    folder = dir;
  }
  return folder;
}

/**
 * Writes each file's content to the store and gives it back without it; `sampleOf` makes the data
 * page's sample from the whole content while it is at hand. The files go one at a time, so the caller
 * can let each content go.
 */
export async function storeCorpusFiles(
  files: readonly CorpusFile[],
  sampleOf: (content: string | Uint8Array) => string,
  dir: string = storeDir(),
): Promise<StoredCorpusFile[]> {
  const stored: StoredCorpusFile[] = [];
  for (const { content, ...file } of files) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const path = join(dir, file.name);
    await writeFile(path, bytes);
    stored.push({ ...file, size: bytes.byteLength, sample: sampleOf(content), read: async () => new Uint8Array(await readFile(path)) });
  }
  await writeFile(join(dir, STORED_LIST), `${JSON.stringify(stored.map((f) => f.name))}\n`);
  return stored;
}

/**
 * The names of the files stored in `dir`, from its list (`STORED_LIST`); throws, naming the folder, when
 * the list is missing (the files were not all written) or names a file that is not there.
 */
export async function storedNames(dir: string): Promise<string[]> {
  const list = join(dir, STORED_LIST);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(list, 'utf8'));
  } catch (error) {
    throw new Error(`${list}: the corpus files were not all stored (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = StoredNamesSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${list}: not a list of stored files' names: ${parsed.error.message}`);
  const names = parsed.data;
  const present = new Set(await readdir(dir));
  const missing = names.filter((n) => !present.has(n));
  if (missing.length > 0) throw new Error(`${dir}: ${missing.join(', ')} listed as stored, not there`);
  return names;
}
