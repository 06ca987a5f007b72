/**
 * The book of left-communist texts (the `book` kind): front matter, the studies of Part I, the six
 * program texts of 1918–1931 (Part II, printed without a part heading), the obituaries of Part III and
 * the back matter. Studies become study records, program texts documents. What each text is and where
 * it ends comes from the page layer (`book-units.ts`); its notes are tied inside it (`book-notes.ts`).
 */
import type { Block, Source, Study } from '../../schemas/index.ts';
import { anchorTheses, bookBlocks } from './book-blocks.ts';
import { programDocument } from './book-documents.ts';
import { tieBookNotes, type UnitNotes } from './book-notes.ts';
import type { BookReading } from './book-reader.ts';
import { authorName, bookDate, BYLINE, isDateLine, layoutBook, PUBLICATION, type BookUnit } from './book-units.ts';
import type { BlockOptions } from './blocks.ts';
import type { Diagnostics } from './diagnostics.ts';
import { draftStudy, type DraftDocument, type DraftStudy, type KindParser } from './draft.ts';
import type { FlowLine, TextLine } from './furniture.ts';

type Options = Omit<BlockOptions, 'paragraphEnds'>;
const isText = (l: FlowLine | undefined): l is TextLine => l?.kind === 'text';

export const parseBook: KindParser = (source, reading, diagnostics, options) => {
  const book = reading as BookReading;
  const { units, parts } = layoutBook(book.flow, book.notes);
  const studies: DraftStudy[] = [];
  const documents: DraftDocument[] = [];
  if (units.length === 0) {
    diagnostics.report('no-documents', reading.lines[0]?.no ?? 0, 'no text of the book was found');
    return { documents, studies, frontMatter: [], frontNotes: [], sectionText: reading.lines, gaps: [], pageNumbers: reading.pageNumbers };
  }
  const third = parts.find((p) => p.numeral === 'III');
  const firstPart = parts[0];
  // Part II: the texts after the last one with a study's marks, before «Часть III».
  const beforeThird = units.filter((u) => !third || u.start < third.at);
  const lastStudy = beforeThird.reduce((last, u, k) => (u.studyMarks && firstPart && u.start > firstPart.at ? k : last), -1);
  const next = (kind: Study['kind'], slug: string, unit: BookUnit | null, extra: Partial<StudyInput> = {}): void => {
    studies.push(study(source, book, diagnostics, options, { kind, slug, number: studies.length + 1, unit, ...extra }));
  };

  // Front matter: the annotation (no title printed) before the first title and the first part, then the preface.
  const annotation = book.flow.slice(0, Math.min(units[0]!.start, firstPart?.at ?? Infinity));
  if (annotation.some(isText)) next('annotation', 'annotation', null, { flow: annotation, title: 'Аннотация', part: null });
  let studyCount = 0;
  let obituaries = 0;
  units.forEach((unit, k) => {
    if (firstPart && unit.start < firstPart.at) return next('preface', 'preface', unit, { part: null });
    if (k <= lastStudy) {
      // The editors' note between the part heading and the first study's title belongs to that study.
      const lead = studyCount === 0 && firstPart ? book.flow.slice(firstPart.end, unit.start) : [];
      return next('study', `study-${++studyCount}`, unit, { lead });
    }
    if (!third || unit.start < third.at) {
      documents.push(programDocument(source, book, diagnostics, options, unit, documents.length + 1));
      return;
    }
    // Part III: obituaries, each closed by its publication line; what follows them is back matter.
    const closes = book.flow.slice(unit.start, unit.end).filter(isText).some((l) => PUBLICATION.test(l.text));
    if (closes && !studies.some((s) => s.kind === 'back-matter')) return next('obituary', `obituary-${++obituaries}`, unit);
    return next('back-matter', 'back-matter', unit, { part: null });
  });
  for (const d of documents) anchorTheses(d.blocks, diagnostics, { line: d.span.start, document: d.id });
  return { documents, studies, frontMatter: [], frontNotes: [], sectionText: reading.lines, gaps: [], pageNumbers: reading.pageNumbers };
};

interface StudyInput {
  kind: Study['kind'];
  slug: string;
  number: number;
  unit: BookUnit | null;
  /** The flow of a text without a printed title (the annotation). */
  flow?: FlowLine[];
  title?: string;
  part?: string | null;
  lead?: FlowLine[];
}

/** A study from its unit: title (and its `∗` note), byline or signature, publication line, body and notes. */
function study(source: Source, book: BookReading, diagnostics: Diagnostics, options: Options, input: StudyInput): DraftStudy {
  const { unit } = input;
  const whole = unit ? book.flow.slice(unit.start + unit.title.length, unit.end) : input.flow!;
  const printedTitle = unit ? unit.title.map((l) => l.text).join(' ') : null;
  const hasTitleNote = printedTitle !== null && /[∗*]+$/u.test(printedTitle);
  const title = printedTitle ? printedTitle.replace(/\s*[∗*]+$/u, '') : input.title!;
  // The heading «Примечания» over the endnotes is not a signature.
  const texts = whole.filter(isText).filter((l) => l.text !== 'Примечания');
  // Byline under the title, signature at the end, publication line under the title or at the end.
  const byline = texts.slice(0, 2).find((l) => BYLINE.test(l.text));
  const last = texts.at(-1);
  const signature = last && (BYLINE.test(last.text) || /^[^,]+,\s\p{Ll}+ \d{4} г\.$/u.test(last.text)) ? last : undefined;
  const publication = texts.find((l, k) => (k < 2 || k >= texts.length - 1) && PUBLICATION.test(l.text));
  // Byline and signature stay in the text as printed; the publication line is the record's field.
  const body = [...(input.lead ?? []), ...whole].filter((l) => l !== publication);
  const first = unit?.title[0]!.no ?? whole[0]?.no ?? 0;
  const lastLine = unit?.lastLine ?? whole.at(-1)?.no ?? first;
  const notes: UnitNotes = tieBookNotes(body, book.notes.filter((n) => n.no > first && n.no < lastLine), diagnostics, null);
  const blocks: Block[] = bookBlocks(body, book.spaced, options);
  const signer = signature ? signature.text.replace(/,\s\p{Ll}+ \d{4} г\.$/u, '') : byline?.text;
  if (input.kind === 'study' && !signer) {
    diagnostics.report('study-unsigned', first, `the study «${title}» has no byline and no signature`, { data: { title } });
  }
  const dateText = signature && isDateLine(signature.text.replace(/^[^,]+,\s/u, '')) ? signature.text.replace(/^[^,]+,\s/u, '') : publication?.text;
  const date = dateText ? bookDate(dateText) : null;
  const pages = [unit?.title[0]?.page ?? texts[0]?.page ?? null, texts.at(-1)?.page ?? null];
  const studyNotes = notes.list.map((n) => ({ ...n }));
  if (hasTitleNote && !studyNotes.some((n) => n.kind === 'title')) {
    diagnostics.report('note-unresolved', first, `the title's ∗ has no note`, { data: { note: '∗' } });
  }
  return draftStudy(source, {
    slug: input.slug,
    number: input.number,
    kind: input.kind,
    part: input.part === undefined ? (unit?.part ?? null) : input.part,
    title,
    titleSupplied: !unit,
    authors: signer ? [authorName(signer)] : [],
    publication: publication ? publication.text.replace(/^\(|\)$/gu, '') : null,
    date: date ? { edtf: date.edtf, text: date.text, source: publication && dateText === publication.text ? 'publication' : 'text' } : null,
    blocks: blocks.map((b) => ({ ...b, notes: b.notes.map((m) => ({ n: notes.idOf(m.n), at: m.at })) })),
    notes: studyNotes.map(({ id, mark, kind, text, page }) => ({ id, mark, kind, text, page })),
    pages: pages[0] && pages[1] && pages[1] >= pages[0] ? { start: pages[0], end: pages[1] } : null,
    span: { start: first, end: lastLine - 1 },
  });
}
