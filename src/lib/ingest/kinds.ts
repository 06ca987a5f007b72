/**
 * How each kind of source becomes documents. Every kind first goes through the same opening stages
 * (`readSource`: page furniture out, footnotes tied to their markers); what follows is the kind's own
 * parser, built from the stage modules. A new kind (a book, an article) is a new parser listed here,
 * not a copy of `collection.ts`.
 */
import type { Source } from '../../schemas/index.ts';
import { parseArticle } from './article.ts';
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
};

/**
 * Kinds that read their own page furniture (`article-reading.ts`: empty lines there are paragraph breaks,
 * footnotes have no separator line), so the collection's opening stages would misread them.
 */
const OWN_FURNITURE: ReadonlySet<Source['kind']> = new Set(['article']);

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
  const reading = OWN_FURNITURE.has(source.kind) ? { lines, flow: [], notes: [], tied: [], pageNumbers: 0 } : readSource(lines, diagnostics);
  return parse(source, reading, diagnostics, options);
}
