import { documentId } from '../ids/ids.ts';
import { buildBlocks } from './blocks.ts';
import { draftDocument, type KindParser } from './draft.ts';
import type { TextLine } from './furniture.ts';
import { closingPublication } from './legend.ts';
import { readOutline } from './outline.ts';

/** The genre of the one text of a single-document source: the 1931 platform calls itself «Проект платформы». */
const GENRE = 'проект платформы';

/**
 * Parses a source that holds one text (the `single-document` kind): author line and title lines at the
 * top, the body with its outline (sections, subheadings, numbered theses: `outline.ts`), and a closing
 * publication line. Title and author come from the sidecar record; the printed head is kept in the body
 * so nothing is lost. The date is the issue's, from the sidecar (`issued`), with the year and number as
 * the publication line prints them (`1931. № 20`): the text itself is not dated.
 */
export const parseSingle: KindParser = (source, reading, diagnostics, options) => {
  const { lines, flow } = reading;
  const texts = flow.filter((l): l is TextLine => l.kind === 'text');
  if (texts.length === 0) {
    diagnostics.report('no-documents', lines[0]?.no ?? 0, 'the file holds no text');
    return { documents: [], studies: [], frontMatter: [], frontNotes: [], sectionText: [], gaps: [], pageNumbers: 0 };
  }
  const id = documentId(source.siglum, 1);
  const { end, published } = closingPublication(flow);
  const body = flow.slice(0, end);
  const outline = readOutline(body, options.expect ?? {}, diagnostics, id);
  const blocks = buildBlocks(body, { ...options, paragraphEnds: 'trailing-spaces', outline });
  diagnostics.report('legend-none', texts[0]!.no, 'a text printed in a periodical: no archive legend', { document: id });
  const document = draftDocument(source, {
    number: 1,
    title: source.title,
    genre: GENRE,
    parties: source.authors.map((name) => ({ name, printed: texts[0]!.text, kind: 'person' as const, role: 'author' as const })),
    date: publicationDate(source.issued, published),
    published,
    notes: reading.notes.map((n) => ({ n: n.n, text: n.text, on: 'text' as const })),
    blocks,
    span: { start: texts[0]!.no, end: texts.at(-1)!.no },
  });
  return { documents: [document], studies: [], frontMatter: [], frontNotes: [], sectionText: lines, gaps: [], pageNumbers: reading.pageNumbers };
};

/**
 * The date of a text printed in a periodical: the date as the sidecar knows it (`issued`, EDTF),
 * and as printed the year and issue of the publication line (`1931. № 20`), else the sidecar's year.
 */
function publicationDate(issued: string | null, published: readonly string[]) {
  if (!issued) return { edtf: null, text: '', source: null };
  const year = issued.slice(0, 4);
  const printed = published.map((p) => new RegExp(`\\b${year}\\.?\\s*№\\s*\\S+?(?=\\.?$|\\.?\\s)`, 'u').exec(p)?.[0]).find(Boolean);
  return { edtf: issued, text: printed ?? issued, source: 'publication' as const };
}
