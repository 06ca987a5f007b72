/** Documents by genre (вид документа), for the genre pages. Pure functions. */
import type { DocumentSummary } from '../../schemas/index.ts';
import { urls } from '../ids/urls.ts';

/** What a document without a recognised genre is filed under. */
export const NO_GENRE_LABEL = 'вид не указан';

export interface GenreGroup {
  /** The genre as recorded; `null` for documents without one. */
  genre: string | null;
  /** The genre as shown: the genre itself, or «вид не указан». */
  label: string;
  url: string;
  /** The documents in the order given. */
  documents: DocumentSummary[];
}

/**
 * Documents grouped by genre: the largest groups first, then alphabetically; documents without
 * a genre last. Throws when two genres would share a URL.
 */
export function genreGroups(documents: readonly DocumentSummary[]): GenreGroup[] {
  const groups = new Map<string | null, DocumentSummary[]>();
  for (const doc of documents) groups.set(doc.genre, [...(groups.get(doc.genre) ?? []), doc]);
  const collator = new Intl.Collator('ru');
  const list = [...groups.entries()]
    .map(([genre, docs]): GenreGroup => {
      const label = genre ?? NO_GENRE_LABEL;
      return { genre, label, url: urls.genre(label), documents: docs };
    })
    .sort((a, b) => {
      if ((a.genre === null) !== (b.genre === null)) return a.genre === null ? 1 : -1;
      return b.documents.length - a.documents.length || collator.compare(a.label, b.label);
    });
  const seen = new Map<string, string>();
  for (const group of list) {
    const clash = seen.get(group.url);
    if (clash !== undefined) throw new Error(`Genres «${clash}» and «${group.label}» share the URL ${group.url}`);
    seen.set(group.url, group.label);
  }
  return list;
}

/** The last path segment of a URL (`/genres/pismo/` → `pismo`), for route params. */
export function lastSegment(url: string): string {
  const segment = url.split('/').filter(Boolean).at(-1);
  if (!segment) throw new Error(`No path segment in ${url}`);
  return segment;
}
