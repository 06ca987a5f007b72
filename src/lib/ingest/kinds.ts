/**
 * How each kind of source becomes documents. Every kind first goes through the same opening stages
 * (`readSource`: page furniture out, footnotes tied to their markers); what follows is the kind's own
 * parser, built from the stage modules. A new kind (a book, an article) is a new parser listed here,
 * not a copy of `collection.ts`.
 */
import type { Source } from '../../schemas/index.ts';
import { parseArticle } from './article.ts';
import { parseBook } from './book.ts';
import { readBook } from './book-reader.ts';
import { parseCollection } from './collection.ts';
import type { SourceLine } from './decode.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { KindParser, ParsedSource, ParseOptions } from './draft.ts';
import { readSource } from './read-source.ts';
import { parseSingle } from './single.ts';

/** The kinds parsed into documents; the others are kept in `content/` only. */
export const PARSERS: Partial<Record<Source['kind'], KindParser>> = {
  'document-collection': parseCollection,
  'single-document': parseSingle,
  article: parseArticle,
  book: parseBook,
};

/**
 * Kinds whose page layer differs from the collection's read their source themselves: the book (its notes
 * restart in every text) by `readBook`; an article by its parser (`article-reading.ts`: empty lines there are
 * paragraph breaks, footnotes have no separator line), so it gets its lines untouched.
 */
const READERS: Partial<Record<Source['kind'], typeof readSource>> = {
  book: readBook,
  article: (lines) => ({ lines, flow: [], notes: [], tied: [], pageNumbers: 0 }),
};
/**
 * The order the records of the kinds follow in the data files and lists: the collection of documents
 * first (its № 1 is the edition's example record), then the single document, the book, the articles;
 * sources of one kind by their id.
 */
const KIND_ORDER: Array<Source['kind']> = ['document-collection', 'single-document', 'book', 'article'];

export function sourceOrder(a: Source, b: Source): number {
  const rank = (s: Source): number => KIND_ORDER.indexOf(s.kind);
  return rank(a) - rank(b) || a.id.localeCompare(b.id);
}

/** Reads a decoded source through the opening stages and its kind's parser; `null` for a kind not parsed yet. */
export function parseSource(
  source: Source,
  lines: SourceLine[],
  diagnostics: Diagnostics,
  options: ParseOptions,
): ParsedSource | null {
  const parse = PARSERS[source.kind];
  if (!parse) {
    diagnostics.report('kind-not-ingested', 0, `sources of kind "${source.kind}" are not parsed into documents yet; the text is kept in content/ only`, {
      data: { kind: source.kind },
    });
    return null;
  }
  return parse(source, (READERS[source.kind] ?? readSource)(lines, diagnostics), diagnostics, options);
}
