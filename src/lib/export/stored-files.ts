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
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpusFiles, type CorpusFileInfo, type CorpusFilesInput } from './corpus-files.ts';

/** A corpus file without its content: its size, its sample for the data page, and its bytes when asked. */
export interface StoredCorpusFile extends CorpusFileInfo {
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

/** What the data page shows of a corpus file, made while its content is at hand (src/lib/site/data-page-view.ts). */
export interface CorpusSamples {
  /** Of a file's text. */
  text(content: string): string;
  /** Of the zip, from its entries' names. */
  zip(names: readonly string[]): string;
}

/**
 * Makes the corpus files (`writeCorpusFiles`) into the store and gives them back without their
 * contents. Each file is written as soon as it is made and let go before the next is made; the zip is
 * written a piece at a time as it is made, never held whole. `samples` makes the data page's sample of
 * each while it is at hand.
 */
export async function storeCorpusFiles(input: CorpusFilesInput, samples: CorpusSamples, dir: string = storeDir()): Promise<StoredCorpusFile[]> {
  const stored: StoredCorpusFile[] = [];
  const keep = (info: CorpusFileInfo, path: string, size: number, sample: string) =>
    stored.push({ ...info, size, sample, read: async () => new Uint8Array(await readFile(path)) });
  await writeCorpusFiles(input, {
    file: async ({ content, ...info }, bytes) => {
      const path = join(dir, info.name);
      await writeFile(path, bytes);
      keep(info, path, bytes.byteLength, samples.text(content));
    },
    zip: (info) => {
      const path = join(dir, info.name);
      const opened = open(path, 'w');
      // Heard where it is awaited; a fault before then must not end the process unheard.
      opened.catch(() => {});
      let size = 0;
      return {
        write: async (piece) => {
          await (await opened).write(piece);
          size += piece.byteLength;
        },
        end: async (names) => {
          await (await opened).close();
          keep(info, path, size, samples.zip(names));
        },
        // A fault half-way leaves no file open (the dev server goes on after it).
        abort: async () => (await opened).close(),
      };
    },
  });
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
