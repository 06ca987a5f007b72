/**
 * The list of all documents (`/documents/`): the collection first, then the other sources with
 * documents, each in printed order, then documents whose source has no sidecar; cut into pages of
 * `PAGE_SIZE` (pagination.ts), each page with the sources its documents belong to as headings.
 */
import { urls } from '../ids/urls.ts';
import type { DocumentSummary, Source } from '../../schemas/index.ts';
import { paginate, PAGE_SIZE, type ListPage } from './pagination.ts';

/** The documents of one source on one page; `source` null for documents without a described source. */
export interface SourceGroup {
  source: Source | null;
  documents: DocumentSummary[];
  /** Documents of the source in the whole list (the page may show a part). */
  total: number;
}

/** One page of `/documents/`, its documents grouped by source. */
export interface DocumentsListPage extends Omit<ListPage<DocumentSummary>, 'items'> {
  groups: SourceGroup[];
}

/** Sources in the list's order: the collection first, then by their number of documents, then by title. */
function orderedSources(sources: readonly Source[], bySource: ReadonlyMap<string, DocumentSummary[]>): Source[] {
  return sources
    .filter((s) => (bySource.get(s.id)?.length ?? 0) > 0)
    .sort(
      (a, b) =>
        Number(b.kind === 'document-collection') - Number(a.kind === 'document-collection') ||
        bySource.get(b.id)!.length - bySource.get(a.id)!.length ||
        a.shortTitle.localeCompare(b.shortTitle, 'ru'),
    );
}

/** Every page of `/documents/`. */
export function documentsListPages(
  documents: readonly DocumentSummary[],
  sources: readonly Source[],
  bySource: ReadonlyMap<string, DocumentSummary[]>,
  size = PAGE_SIZE,
): DocumentsListPage[] {
  const known = new Set(sources.map((s) => s.id));
  const ordered = orderedSources(sources, bySource);
  const all = [...ordered.flatMap((s) => bySource.get(s.id)!), ...documents.filter((d) => !known.has(d.source))];
  const sourceOf = new Map(ordered.map((s) => [s.id, s]));
  const totals = new Map<string | null, number>();
  for (const d of all) {
    const key = sourceOf.has(d.source) ? d.source : null;
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  return paginate(all, urls.documents(), size).map(({ items, ...page }) => {
    const groups: SourceGroup[] = [];
    for (const d of items) {
      const source = sourceOf.get(d.source) ?? null;
      const last = groups.at(-1);
      if (last && last.source === source) last.documents.push(d);
      else groups.push({ source, documents: [d], total: totals.get(source?.id ?? null)! });
    }
    return { ...page, groups };
  });
}
