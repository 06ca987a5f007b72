import type { Source } from '../../schemas/index.ts';
import { buildBlocks, type BlockOptions } from './blocks.ts';
import type { DraftDocument, ParsedSource } from './collection.ts';
import { parseDate } from './dates.ts';
import type { SourceLine } from './decode.ts';
import type { Diagnostics } from './diagnostics.ts';
import { stripFurniture, type FlowLine, type TextLine } from './furniture.ts';
import { classifyAfterLegend } from './legend.ts';
import { tieNotes } from './markers.ts';

/**
 * Parses a source that holds one text (the `single-document` kind): author line and title lines at the
 * top, the body, and a closing publication line. Title, author and date come from the sidecar record;
 * the printed head is kept in the body so nothing is lost.
 */
export function parseSingle(
  source: Source,
  lines: SourceLine[],
  diagnostics: Diagnostics,
  options: Omit<BlockOptions, 'paragraphEnds'>,
): ParsedSource {
  const furniture = stripFurniture(lines, diagnostics);
  tieNotes(furniture.flow, furniture.notes, diagnostics);
  const texts = furniture.flow.filter((l): l is TextLine => l.kind === 'text');
  if (texts.length === 0) {
    diagnostics.error(lines[0]?.no ?? 0, 'no-documents', 'the file holds no text');
    return { documents: [], frontMatter: [], frontNotes: [], sectionText: [], gaps: [], pageNumbers: 0 };
  }
  const published: string[] = [];
  let end = furniture.flow.length;
  while (end > 0) {
    const l = furniture.flow[end - 1]!;
    if (l.kind === 'text' && classifyAfterLegend(l.text) === 'published') published.unshift(l.text);
    else if (l.kind !== 'blank') break;
    end--;
  }
  const body: FlowLine[] = furniture.flow.slice(0, end);
  const blocks = buildBlocks(body, { ...options, paragraphEnds: 'trailing-spaces' });
  const id = `${source.siglum}-001`;
  const year = source.issued ?? published.map((p) => parseDate(p)?.edtf).find(Boolean) ?? null;
  diagnostics.info(texts[0]!.no, 'legend-none', 'a text printed in a periodical: no archive legend', id);
  const doc: DraftDocument = {
    id,
    source: source.id,
    number: 1,
    title: source.title,
    titleSupplied: false,
    genre: 'статья',
    parties: source.authors.map((name) => ({ name, printed: texts[0]!.text, kind: 'person' as const, role: 'author' as const })),
    date: { edtf: year, text: year ? `${year}` : '', source: year ? 'text' : null },
    place: null,
    classification: null,
    registration: null,
    legend: null,
    published,
    marginalia: [],
    notes: furniture.notes.map((n) => ({ n: n.n, text: n.text, on: 'text' as const })),
    text: blocks.map((b) => b.text).join('\n\n'),
    url: `/documents/${id}/`,
    blocks,
    page: null,
    corrections: [],
    span: { start: texts[0]!.no, end: texts.at(-1)!.no },
  };
  return {
    documents: [doc],
    frontMatter: [],
    frontNotes: [],
    sectionText: lines,
    gaps: [],
    pageNumbers: furniture.pageNumbers,
  };
}
