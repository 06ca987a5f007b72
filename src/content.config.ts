import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { PersonSchema, SourceSchema, StudySchema } from './schemas/index.ts';
import { dataPath, type DataFile } from './lib/render/data-dir.ts';

/**
 * Path of a data file for `file()`, checked first: the built-in loader only logs
 * (and leaves the collection empty) when the file is missing or is not a JSON array.
 */
function checkedArrayFile(name: DataFile, { allowEmpty = false } = {}): string {
  const path = dataPath(name);
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data) || (data.length === 0 && !allowEmpty)) {
    throw new Error(`${path} must be a ${allowEmpty ? '' : 'non-empty '}JSON array`);
  }
  return path;
}

// Documents are not a collection: the site reads them from the document store (`src/lib/site/data.ts`),
// one record at a time, so that the content layer never holds, nor bundles, every text of the corpus.

const persons = defineCollection({
  loader: file(checkedArrayFile('persons.json')),
  schema: PersonSchema,
});

/** Studies (articles, the chapters of a book): a corpus of documents alone has none, so the file may be empty. */
const studies = defineCollection({
  loader: file(checkedArrayFile('studies.json', { allowEmpty: true })),
  schema: StudySchema,
});

/** Sidecar metadata of the source texts (`content/sources/<id>.json`), keyed by their `id`. */
const sources = defineCollection({
  loader: glob({
    pattern: '*.json',
    base: './content/sources',
    generateId: ({ entry, data }) => (typeof data['id'] === 'string' ? data['id'] : entry.replace(/\.json$/, '')),
  }),
  schema: SourceSchema,
});

export const collections = { persons, sources, studies };
