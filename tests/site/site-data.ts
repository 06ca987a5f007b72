/**
 * The data the site is built from (the global setup's copy of data/*.json, written by the
 * build) and the pages it implies under the URL scheme of src/lib/ids/urls.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { urls } from '../../src/lib/ids/urls.ts';
import type { Document, Person, Source } from '../../src/schemas/index.ts';

export const dataDir = inject('dataDir');
export const distDir = inject('distDir');

export const readData = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
const read = readData;

export const documents: Document[] = read<Document[]>('documents.json');
export const persons: Person[] = read<Person[]>('persons.json');
export const sources: Source[] = read<{ source: Source }[]>('sources.json').map((s) => s.source);

export const DATA_FILES = ['documents.json', 'persons.json', 'report.json', 'sources.json', 'studies.json'] as const;

/** Start of an EDTF date or interval without qualifiers (`1924-12` for `1924-12~/1925-01~`), or `null`. */
export function edtfStart(edtf: string | null): string | null {
  const start = edtf?.split('/')[0]?.replace(/[~?%]/g, '');
  return start && /^\d{4}/.test(start) ? start : null;
}

const sorted = (set: Set<string>): string[] => [...set].sort();

/** Pages the data implies, by type. Each list is sorted and without duplicates. */
export function expectedPages(): {
  documents: string[];
  persons: string[];
  years: string[];
  months: string[];
  undated: string[];
  archives: string[];
  fonds: string[];
  opisi: string[];
  dela: string[];
  genres: string[];
  sources: string[];
} {
  const years = new Set<string>();
  const months = new Set<string>();
  const undated = new Set<string>();
  const archives = new Set<string>();
  const fonds = new Set<string>();
  const opisi = new Set<string>();
  const dela = new Set<string>();
  const genres = new Set<string>();
  for (const d of documents) {
    const start = edtfStart(d.date.edtf);
    if (start === null) undated.add(urls.undated());
    else {
      years.add(urls.year(start.slice(0, 4)));
      if (/^\d{4}-\d{2}/.test(start)) months.add(urls.month(start.slice(0, 7)));
    }
    const l = d.legend;
    if (l?.archive) {
      archives.add(urls.archive(l.archive));
      if (l.fond) {
        fonds.add(urls.fond(l.archive, l.fond));
        if (l.opis) {
          opisi.add(urls.opis(l.archive, l.fond, l.opis));
          if (l.delo) dela.add(urls.delo(l.archive, l.fond, l.opis, l.delo));
        }
      }
    }
    if (d.genre) genres.add(urls.genre(d.genre));
  }
  return {
    documents: sorted(new Set(documents.map((d) => urls.document(d.id)))),
    persons: sorted(new Set(persons.map((p) => urls.person(p.id)))),
    years: sorted(years),
    months: sorted(months),
    undated: sorted(undated),
    archives: sorted(archives),
    fonds: sorted(fonds),
    opisi: sorted(opisi),
    dela: sorted(dela),
    genres: sorted(genres),
    sources: sorted(new Set(sources.map((s) => urls.source(s.id)))),
  };
}
