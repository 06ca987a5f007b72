/**
 * The `document-collection` kind: a volume of numbered archival documents. After the opening stages
 * (`read-source.ts`) the documents section is split at its headers (`headers.ts`); each document is
 * then read as the editor prints it: title, body, legend and what follows it (`legend.ts`), date
 * (`dates.ts`), parties (`title.ts`).
 */
import type { Block, Document, Source } from '../../schemas/index.ts';
import { buildBlocks, stripMarks, type BlockOptions } from './blocks.ts';
import { documentId } from '../ids/ids.ts';
import { chooseDate, parseDate, type DocumentPlace } from './dates.ts';
import type { Diagnostics } from './diagnostics.ts';
import { draftDocument, type DraftDocument, type KindParser, type ParsedSource } from './draft.ts';
import { pagesOf, type FlowLine, type PrintedNote, type TextLine } from './furniture.ts';
import { resolveGaps, splitByHeaders, type Span } from './headers.ts';
import { endOfLastDocument, parseLegend, readApparatus, type Apparatus } from './legend.ts';
import type { TiedNote } from './markers.ts';
import { parseTitle } from './title.ts';

/** What the edition prints for a note whose number survives and whose text does not. */
export const LOST_NOTE = '[Текст примечания в источнике отсутствует.]';

const GRIF = /^(?:Срочно\.?\s*)?(?:Совершенно[\s-]|Строго[\s-]|Сов\.\s?|С\.\s?)?[Сс]екретно[.!]?(?:\s*Лично\.?)?$/u;
const REGISTRATION = /^№\s?(\S.*)$/u;

/** Parses a numbered document collection. */
export const parseCollection: KindParser = (source, reading, diagnostics, options) => {
  const { lines, flow } = reading;
  const startIndex = flow.findIndex((l) => l.kind === 'text' && /^ДОКУМЕНТЫ$/u.test(l.text));
  if (startIndex < 0) diagnostics.report('no-documents-heading', 1, 'no "ДОКУМЕНТЫ" heading: the whole file is read as documents');
  const front = startIndex < 0 ? [] : flow.slice(0, startIndex);
  const blockOptions: BlockOptions = { ...options, paragraphEnds: 'short-line' };

  const spans = splitByHeaders(flow.slice(startIndex + 1), diagnostics);
  if (spans.length === 0) diagnostics.report('no-documents', lines[0]?.no ?? 0, 'no document headers ("№ N") found');
  const gaps: ParsedSource['gaps'] = [];
  const resolved = resolveGaps(spans, diagnostics, gaps);
  const after = cutAfterLastDocument(resolved.at(-1), diagnostics);
  const { placed, unplaced } = notesByMarkerLine(reading.tied);
  const documents = resolved.map((span) => buildDocument(source, span, placed, diagnostics, blockOptions));
  keepUnplacedNotes(documents, resolved, unplaced, after);

  const frontNoteSet = new Set<string>();
  for (const l of front) if (l.kind === 'text') for (const n of placed.get(l.no) ?? []) frontNoteSet.add(n.n);
  return {
    documents,
    studies: [],
    frontMatter: buildBlocks(front, blockOptions),
    frontNotes: reading.notes.filter((n) => frontNoteSet.has(n.n)).map(({ n, text }) => ({ n, text })),
    sectionText: lines.filter((l) => l.no > (flow[startIndex]?.no ?? 0) && l.no < after),
    gaps,
    pageNumbers: reading.pageNumbers,
  };
};

/**
 * Takes the text that follows the last document's apparatus out of it (`endOfLastDocument`) and reports
 * it at its first line: it belongs to no document, so it is neither published nor counted in the
 * coverage. Returns the line number where that text begins (Infinity when there is none).
 */
function cutAfterLastDocument(span: Span | undefined, diagnostics: Diagnostics): number {
  if (!span) return Infinity;
  const end = endOfLastDocument(span.lines);
  const text = span.lines.slice(end).filter((l): l is TextLine => l.kind === 'text');
  if (text.length === 0) return Infinity;
  span.lines = span.lines.slice(0, end);
  diagnostics.report(
    'text-after-last-document',
    text[0]!.no,
    `text after the last document (№ ${span.number}) belongs to no document and is not published (lines ${text[0]!.no}–${text.at(-1)!.no}, ${text.length} of text): "${stripMarks(text[0]!.text).slice(0, 60)}"`,
    { data: { lines: text.length } },
  );
  return text[0]!.no;
}

/** Printed notes by the line of their marker; notes without one by the line of the note itself. */
function notesByMarkerLine(tied: TiedNote[]): { placed: Map<number, PrintedNote[]>; unplaced: Map<number, PrintedNote[]> } {
  const placed = new Map<number, PrintedNote[]>();
  const unplaced = new Map<number, PrintedNote[]>();
  for (const t of tied) {
    const map = t.markerLine === null ? unplaced : placed;
    const at = t.markerLine ?? t.note.no;
    map.set(at, [...(map.get(at) ?? []), t.note]);
  }
  return { placed, unplaced };
}

/** A note without a marker stays with the document on whose page it is printed, so its text is not lost. */
function keepUnplacedNotes(documents: DraftDocument[], spans: Span[], unplaced: Map<number, PrintedNote[]>, end: number): void {
  const spansEnd = spans.map((_, i) => spans[i + 1]?.headerLine ?? end);
  for (const [line, list] of unplaced) {
    const index = spans.findIndex((s, i) => line >= s.headerLine && line < spansEnd[i]!);
    if (index < 0) continue;
    documents[index]!.notes.push(...list.map((n) => ({ n: n.n, text: n.text || LOST_NOTE, on: 'unplaced' as const })));
  }
}

/** One document: title, body, legend and apparatus, notes, date, parties, grif and registration. */
function buildDocument(
  source: Source,
  span: Span,
  notesByLine: Map<number, PrintedNote[]>,
  diagnostics: Diagnostics,
  blockOptions: BlockOptions,
): DraftDocument {
  const at: DocumentPlace = { line: span.headerLine, number: span.number, document: documentId(source.siglum, span.number, span.copy) };
  const { titleLines, bodyStart } = takeTitle(span, diagnostics, at);
  const apparatus = readApparatus(span.lines, bodyStart);
  reportApparatus(apparatus, diagnostics, at);
  const blocks = buildBlocks([...apparatus.body, ...apparatus.tail], blockOptions);
  const title = stripMarks(titleLines.map((l) => l.text).join(' ')).replace(/\s+/g, ' ').trim();
  const notes = placeNotes(span.lines, notesByLine, titleLines, apparatus);
  const parsedTitle = parseTitle(title);
  for (const p of parsedTitle.parties.filter((party) => party.unknown))
    diagnostics.report('body-unknown', at.line, `№ ${at.number}: the title names «${p.printed}», an abbreviation of no body the edition knows; kept as printed`, {
      document: at.document,
      data: { abbreviation: p.printed },
    });
  const date = chooseDate(
    { title: parsedTitle, titleNotes: notes.filter((n) => n.on === 'title').map((n) => n.text), blocks, titleLost: span.recovered },
    diagnostics,
    at,
  );
  const lineTexts = blocks.filter((b) => b.kind === 'line').map((b) => b.text);
  return draftDocument(source, {
    number: span.number,
    copy: span.copy,
    title: span.recovered ? suppliedTitle(blocks) : title,
    titleSupplied: span.recovered,
    genre: parsedTitle.genre,
    parties: span.recovered ? [] : parsedTitle.parties,
    date,
    place: (span.recovered ? null : parsedTitle.place) ?? (OWN_TEXT_GENRES.has(parsedTitle.genre ?? '') ? placeOfWriting(blocks) : null),
    classification: lineTexts.find((t) => GRIF.test(t))?.replace(/[.!]$/u, '') ?? null,
    registration: lineTexts.map((t) => REGISTRATION.exec(t)?.[0]).find((t) => t !== undefined) ?? null,
    legend: apparatus.legend ? parseLegend(apparatus.legend) : null,
    published: apparatus.published,
    marginalia: apparatus.marginalia,
    notes,
    blocks,
    ...pagesOf(span.lines),
    span: { start: span.headerLine, end: span.lines.at(-1)?.no ?? span.headerLine },
  });
}

/** The title: the lines up to the first blank line (at most five), unless the title was lost. */
function takeTitle(span: Span, diagnostics: Diagnostics, at: DocumentPlace): { titleLines: TextLine[]; bodyStart: number } {
  const lines = span.lines;
  if (span.recovered) return { titleLines: [], bodyStart: 0 };
  let titleLines: TextLine[] = [];
  let bodyStart = 0;
  for (; bodyStart < lines.length; bodyStart++) {
    const l = lines[bodyStart]!;
    if (l.kind === 'blank') {
      if (titleLines.length > 0) break;
      continue;
    }
    // Three titles run straight into the grif without a blank line.
    if (titleLines.length > 0 && GRIF.test(stripMarks(l.text))) break;
    titleLines.push(l);
  }
  if (titleLines.length > 5) {
    diagnostics.report('title-unterminated', at.line, `№ ${at.number}: no blank line ends the title; the first two lines are taken`, { document: at.document });
    titleLines = titleLines.slice(0, 2);
    bodyStart = lines.indexOf(titleLines[1]!) + 1;
  }
  return { titleLines, bodyStart };
}

function reportApparatus(apparatus: Apparatus, diagnostics: Diagnostics, at: DocumentPlace): void {
  if (apparatus.legend === null) diagnostics.report('legend-missing', at.line, `№ ${at.number} has no archive legend`, { document: at.document });
  const first = apparatus.tail.find((l): l is TextLine => l.kind === 'text');
  if (first) {
    diagnostics.report('text-after-legend', first.no, `№ ${at.number}: text after the legend kept at the end of the body: "${stripMarks(first.text).slice(0, 60)}"`, { document: at.document });
  }
}

/** The document's notes in the order of their markers, each with the part of the document that holds it. */
function placeNotes(lines: FlowLine[], notesByLine: Map<number, PrintedNote[]>, titleLines: TextLine[], apparatus: Apparatus): Document['notes'] {
  const notes: Document['notes'] = [];
  for (const l of lines) {
    if (l.kind !== 'text') continue;
    for (const note of notesByLine.get(l.no) ?? []) {
      const on = titleLines.includes(l) ? 'title' : (apparatus.parts.get(l.no) ?? 'text');
      notes.push({ n: note.n, text: note.text || LOST_NOTE, on });
    }
  }
  return notes;
}

/** Genres whose closing lines are the author's own; reports close with the texts they enclose. */
const OWN_TEXT_GENRES = new Set(['письмо', 'заявление', 'статья', 'публикация', 'телеграмма', 'интервью', 'обращение']);

/**
 * The place of writing from a closing line «Москва, 15 января 1928 г.», «Алма-Ата, 22.07.28 г.»: a
 * capitalised name followed by a date (not «Получен 24 октября», «Разослано 13.II.29»).
 */
function placeOfWriting(blocks: Block[]): string | null {
  for (const b of blocks.slice(-6).reverse()) {
    if (b.kind !== 'line') continue;
    const m = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*),?\s+(\d.*)$/u.exec(b.text);
    if (!m || /(?:но|ен|ан|ал|ил)$/u.test(m[1]!) || !parseDate(m[2]!)) continue;
    return m[1]!;
  }
  return null;
}

/** An edition-supplied title for a document whose printed title was lost: its opening words. */
function suppliedTitle(blocks: Block[]): string {
  const opening = blocks.map((b) => b.text).join(' ').split(/\s+/).slice(0, 12).join(' ');
  return `[Документ без заголовка] ${opening}…`;
}
