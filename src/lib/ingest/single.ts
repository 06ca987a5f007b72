import { documentId } from '../ids/ids.ts';
import { buildBlocks } from './blocks.ts';
import { parseDate } from './dates.ts';
import { draftDocument, type KindParser } from './draft.ts';
import type { TextLine } from './furniture.ts';
import { closingPublication } from './legend.ts';

/**
 * Parses a source that holds one text (the `single-document` kind): author line and title lines at the
 * top, the body, and a closing publication line. Title, author and date come from the sidecar record;
 * the printed head is kept in the body so nothing is lost.
 */
export const parseSingle: KindParser = (source, reading, diagnostics, options) => {
  const { lines, flow } = reading;
  const texts = flow.filter((l): l is TextLine => l.kind === 'text');
  if (texts.length === 0) {
    diagnostics.report('no-documents', lines[0]?.no ?? 0, 'the file holds no text');
    return { documents: [], studies: [], frontMatter: [], frontNotes: [], sectionText: [], gaps: [], pageNumbers: 0 };
  }
  const { end, published } = closingPublication(flow);
  const blocks = buildBlocks(flow.slice(0, end), { ...options, paragraphEnds: 'trailing-spaces' });
  const year = source.issued ?? published.map((p) => parseDate(p)?.edtf).find(Boolean) ?? null;
  diagnostics.report('legend-none', texts[0]!.no, 'a text printed in a periodical: no archive legend', { document: documentId(source.siglum, 1) });
  const document = draftDocument(source, {
    number: 1,
    title: source.title,
    genre: 'статья',
    parties: source.authors.map((name) => ({ name, printed: texts[0]!.text, kind: 'person' as const, role: 'author' as const })),
    date: { edtf: year, text: year ? `${year}` : '', source: year ? 'text' : null },
    published,
    notes: reading.notes.map((n) => ({ n: n.n, text: n.text, on: 'text' as const })),
    blocks,
    span: { start: texts[0]!.no, end: texts.at(-1)!.no },
  });
  return { documents: [document], studies: [], frontMatter: [], frontNotes: [], sectionText: lines, gaps: [], pageNumbers: reading.pageNumbers };
};
