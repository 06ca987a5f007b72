import type { Block, Document, Source } from '../../schemas/index.ts';
import { buildBlocks, stripMarks, type BlockOptions } from './blocks.ts';
import { approximate, parseDate } from './dates.ts';
import type { SourceLine } from './decode.ts';
import type { Diagnostics } from './diagnostics.ts';
import { stripFurniture, type FlowLine, type PrintedNote, type TextLine } from './furniture.ts';
import { classifyAfterLegend, LEGEND_START, parseLegend } from './legend.ts';
import { tieNotes } from './markers.ts';
import { parseTitle, type PartyMention } from './title.ts';

/** A document before persons get their ids: the parties are mentions. */
export type DraftDocument = Omit<Document, 'authors' | 'addressees'> & {
  parties: PartyMention[];
  /** Source lines spanned (for diagnostics and the report, not part of the record). */
  span: { start: number; end: number };
};

export interface ParsedSource {
  documents: DraftDocument[];
  /** Blocks of the front matter (preface) before the documents section. */
  frontMatter: Block[];
  frontNotes: Array<{ n: string; text: string }>;
  /** The documents section's source lines, for the coverage check. */
  sectionText: SourceLine[];
  gaps: Array<{ number: number; resolution: 'recovered' | 'missing'; line: number; detail: string }>;
  pageNumbers: number;
}

/** What the edition prints for a note whose number survives and whose text does not. */
export const LOST_NOTE = '[Текст примечания в источнике отсутствует.]';

const HEADER = /^№\s?(\d{1,3})\.?$/u;
const GRIF = /^(?:Срочно\.?\s*)?(?:Совершенно[\s-]|Строго[\s-]|Сов\.\s?|С\.\s?)?[Сс]екретно[.!]?(?:\s*Лично\.?)?$/u;
const REGISTRATION = /^№\s?(\S.*)$/u;

interface Span {
  number: number;
  headerLine: number;
  lines: FlowLine[];
  recovered: boolean;
}

/** Parses a numbered document collection (the `document-collection` kind). */
export function parseCollection(
  source: Source,
  lines: SourceLine[],
  diagnostics: Diagnostics,
  options: Omit<BlockOptions, 'paragraphEnds'>,
): ParsedSource {
  const furniture = stripFurniture(lines, diagnostics);
  const notes = tieNotes(furniture.flow, furniture.notes, diagnostics);
  const startIndex = furniture.flow.findIndex((l) => l.kind === 'text' && /^ДОКУМЕНТЫ$/u.test(l.text));
  if (startIndex < 0) diagnostics.warn(1, 'no-documents-heading', 'no "ДОКУМЕНТЫ" heading: the whole file is read as documents');
  const front = startIndex < 0 ? [] : furniture.flow.slice(0, startIndex);
  const section = furniture.flow.slice(startIndex + 1);
  const blockOptions: BlockOptions = { ...options, paragraphEnds: 'short-line' };

  const spans = splitByHeaders(section, diagnostics);
  if (spans.length === 0) diagnostics.error(lines[0]?.no ?? 0, 'no-documents', 'no document headers ("№ N") found');
  const gaps: ParsedSource['gaps'] = [];
  const resolved = resolveGaps(spans, diagnostics, gaps);

  const notesByLine = new Map<number, PrintedNote[]>();
  const unplacedByLine = new Map<number, PrintedNote[]>();
  for (const t of notes) {
    const map = t.markerLine === null ? unplacedByLine : notesByLine;
    const at = t.markerLine ?? t.note.no;
    map.set(at, [...(map.get(at) ?? []), t.note]);
  }

  const documents = resolved.map((span) => buildDocument(source, span, notesByLine, diagnostics, blockOptions));
  // A note without a marker stays with the document on whose page it is printed, so its text is not lost.
  const spansEnd = resolved.map((_, i) => resolved[i + 1]?.headerLine ?? Infinity);
  for (const [line, list] of unplacedByLine) {
    const index = resolved.findIndex((s, i) => line >= s.headerLine && line < spansEnd[i]!);
    if (index < 0) continue;
    documents[index]!.notes.push(...list.map((n) => ({ n: n.n, text: n.text || LOST_NOTE, on: 'unplaced' as const })));
  }
  const frontNoteSet = new Set<string>();
  for (const l of front) if (l.kind === 'text') for (const n of notesByLine.get(l.no) ?? []) frontNoteSet.add(n.n);
  return {
    documents,
    frontMatter: buildBlocks(front, blockOptions),
    frontNotes: furniture.notes.filter((n) => frontNoteSet.has(n.n)).map(({ n, text }) => ({ n, text })),
    sectionText: lines.filter((l) => l.no > (furniture.flow[startIndex]?.no ?? 0)),
    gaps,
    pageNumbers: furniture.pageNumbers,
  };
}

function splitByHeaders(section: FlowLine[], diagnostics: Diagnostics): Span[] {
  const spans: Span[] = [];
  let last = 0;
  for (let i = 0; i < section.length; i++) {
    const line = section[i]!;
    if (line.kind !== 'text') {
      spans.at(-1)?.lines.push(line);
      continue;
    }
    const m = HEADER.exec(stripMarks(line.text));
    const n = m ? Number(m[1]) : NaN;
    const next = m ? nextText(section, i) : undefined;
    const titleFollows = next !== undefined && /^\p{Lu}/u.test(next.text) && !LEGEND_START.test(next.text);
    // Numbers run in sequence (a few may be lost); the first header of an excerpt may have any number.
    if (m && n > last && (n <= last + 5 || spans.length === 0) && titleFollows) {
      if (n === last) diagnostics.error(line.no, 'duplicate-number', `document number ${n} appears twice`);
      spans.push({ number: n, headerLine: line.no, lines: [], recovered: false });
      last = n;
      continue;
    }
    if (m && n === last && titleFollows && spans.at(-1)?.lines.some((l) => l.kind === 'text' && LEGEND_START.test(l.text))) {
      diagnostics.error(line.no, 'duplicate-number', `document number ${n} appears twice; the second is kept as № ${n} (duplicate)`);
    }
    if (spans.length === 0) {
      diagnostics.warn(line.no, 'text-before-first-document', `text before the first document header: "${line.text.slice(0, 60)}"`);
      continue;
    }
    spans.at(-1)!.lines.push(line);
  }
  return spans;
}

function nextText(lines: FlowLine[], i: number): TextLine | undefined {
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.kind === 'text') return l;
  }
  return undefined;
}

/** For each hole in the numbering, looks for a second legend in the previous document: the lost document follows it. */
function resolveGaps(spans: Span[], diagnostics: Diagnostics, gaps: ParsedSource['gaps']): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const prev = out.at(-1);
    if (prev && span.number > prev.number + 1) {
      for (let missing = prev.number + 1; missing < span.number; missing++) {
        const host = out.at(-1)!;
        const split = splitAfterFirstLegend(host.lines);
        if (split) {
          host.lines = split.before;
          const first = split.after.find((l): l is TextLine => l.kind === 'text')!;
          out.push({ number: missing, headerLine: first.no, lines: split.after, recovered: true });
          gaps.push({ number: missing, resolution: 'recovered', line: first.no, detail: `header and title lost; text found after the legend of № ${host.number}` });
          diagnostics.warn(first.no, 'numbering-gap-recovered', `№ ${missing} has no header: its text follows the legend of № ${host.number}; title supplied by the edition`);
        } else {
          gaps.push({ number: missing, resolution: 'missing', line: span.headerLine, detail: `no trace between № ${host.number} and № ${span.number}` });
          diagnostics.error(span.headerLine, 'numbering-gap', `document № ${missing} is missing (between № ${host.number} and № ${span.number})`);
        }
      }
    }
    out.push(span);
  }
  return out;
}

function splitAfterFirstLegend(lines: FlowLine[]): { before: FlowLine[]; after: FlowLine[] } | null {
  const legendAt = lines.map((l, i) => (l.kind === 'text' && LEGEND_START.test(l.text) ? i : -1)).filter((i) => i >= 0);
  if (legendAt.length < 2) return null;
  let cut = legendAt[0]! + 1;
  while (cut < lines.length) {
    const l = lines[cut]!;
    if (l.kind === 'text' && classifyAfterLegend(stripMarks(l.text)) === 'other') break;
    cut++;
  }
  const after = lines.slice(cut);
  if (!after.some((l) => l.kind === 'text')) return null;
  return { before: lines.slice(0, cut), after };
}

function buildDocument(
  source: Source,
  span: Span,
  notesByLine: Map<number, PrintedNote[]>,
  diagnostics: Diagnostics,
  blockOptions: BlockOptions,
): DraftDocument {
  const id = `${source.siglum}-${String(span.number).padStart(3, '0')}`;
  const lines = span.lines;
  const texts = lines.filter((l): l is TextLine => l.kind === 'text');

  // Title: the lines up to the first blank line (at most five), unless the title was lost.
  let titleLines: TextLine[] = [];
  let bodyStart = 0;
  if (!span.recovered) {
    for (bodyStart = 0; bodyStart < lines.length; bodyStart++) {
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
      diagnostics.warn(span.headerLine, 'title-unterminated', `№ ${span.number}: no blank line ends the title; the first two lines are taken`, id);
      titleLines = titleLines.slice(0, 2);
      bodyStart = lines.indexOf(titleLines[1]!) + 1;
    }
  }

  // Legend: the last legend line of the document, with its continuation lines; then publication notes and marginalia.
  let legendIndex = -1;
  for (let i = lines.length - 1; i >= bodyStart; i--) {
    const l = lines[i]!;
    if (l.kind === 'text' && LEGEND_START.test(stripMarks(l.text))) {
      legendIndex = i;
      break;
    }
  }
  const bodyLines = legendIndex >= 0 ? lines.slice(bodyStart, legendIndex) : lines.slice(bodyStart);
  const published: string[] = [];
  const marginalia: string[] = [];
  let legendText = '';
  const tail: FlowLine[] = [];
  const apparatusLine = new Map<number, 'legend' | 'published' | 'marginalia'>();
  if (legendIndex >= 0) {
    legendText = stripMarks((lines[legendIndex] as TextLine).text);
    let kind: 'legend' | 'published' | 'marginalia' | 'other' = 'legend';
    for (const l of lines.slice(legendIndex + 1)) {
      if (l.kind === 'blank') {
        if (kind === 'legend') kind = 'other';
        continue;
      }
      const t = stripMarks(l.text);
      const k = classifyAfterLegend(t);
      if (k !== 'other') kind = k;
      else if (kind === 'legend' && (/^[\p{Ll}(\d]/u.test(t) || unclosed(legendText))) {
        legendText = `${legendText} ${t}`;
        apparatusLine.set(l.no, 'legend');
        continue;
      } else if (kind === 'other' || kind === 'legend') {
        kind = 'other';
      }
      if (kind === 'published') appendLine(published, t, k === 'published');
      else if (kind === 'marginalia') appendLine(marginalia, t, k === 'marginalia');
      else tail.push(l);
      if (kind === 'published' || kind === 'marginalia') apparatusLine.set(l.no, kind);
    }
  } else {
    diagnostics.error(span.headerLine, 'legend-missing', `№ ${span.number} has no archive legend`, id);
  }
  if (tail.length > 0) {
    const first = tail.find((l): l is TextLine => l.kind === 'text')!;
    diagnostics.warn(first.no, 'text-after-legend', `№ ${span.number}: text after the legend kept at the end of the body: "${stripMarks(first.text).slice(0, 60)}"`, id);
  }

  const blocks = buildBlocks([...bodyLines, ...tail], blockOptions);
  const titleRaw = titleLines.map((l) => l.text).join(' ');
  const title = stripMarks(titleRaw).replace(/\s+/g, ' ').trim();
  const notes: Document['notes'] = [];
  const legendLine = legendIndex >= 0 ? lines[legendIndex]!.no : -1;
  for (const l of texts) {
    for (const note of notesByLine.get(l.no) ?? []) {
      const on = titleLines.includes(l) ? 'title' : l.no === legendLine ? 'legend' : (apparatusLine.get(l.no) ?? 'text');
      notes.push({ n: note.n, text: note.text || LOST_NOTE, on });
    }
  }

  const parsedTitle = parseTitle(title);
  let date: Document['date'] = { edtf: null, text: '', source: null };
  if (parsedTitle.date) date = { edtf: parsedTitle.date.edtf, text: parsedTitle.date.text, source: 'title' };
  else {
    const titleNote = notes.find((n) => n.on === 'title' && parseDate(n.text));
    if (titleNote) {
      const d = parseDate(titleNote.text)!;
      const approx = /(приблизительно|предположительно|около|ориентировочно|не ранее|не позднее)/iu.test(titleNote.text);
      date = { edtf: approx ? approximate(d.edtf) : d.edtf, text: d.text, source: 'footnote' };
    } else if (!parsedTitle.undated || span.recovered) {
      const dated = [...blocks].reverse().find((b) => b.kind === 'line' && /^\S{0,3}\d/.test(b.text) && parseDate(b.text));
      if (dated) {
        const d = parseDate(dated.text)!;
        date = { edtf: d.edtf, text: d.text, source: 'text' };
      }
    }
  }
  if (date.source === 'title' && date.edtf && /^\d{4}-\d\d-\d\d$/.test(date.edtf)) {
    const signed = closingDate(blocks);
    if (signed && signed.edtf !== date.edtf) {
      diagnostics.info(span.headerLine, 'date-differs', `№ ${span.number}: the title dates ${date.edtf}, the text closes with «${signed.text}» (${signed.edtf}); check for a misprint`, id);
    }
  }
  if (!date.edtf && !parsedTitle.undated) diagnostics.warn(span.headerLine, 'date-missing', `№ ${span.number}: no date found in title, notes or text`, id);
  if (parsedTitle.undated && !date.edtf) date.text = 'без даты';

  const lineTexts = blocks.filter((b) => b.kind === 'line').map((b) => b.text);
  const classification = lineTexts.find((t) => GRIF.test(t))?.replace(/[.!]$/u, '') ?? null;
  const registration = lineTexts.map((t) => REGISTRATION.exec(t)?.[0]).find((t) => t !== undefined) ?? null;

  return {
    id,
    source: source.id,
    number: span.number,
    title: span.recovered ? suppliedTitle(blocks) : title,
    titleSupplied: span.recovered,
    genre: parsedTitle.genre,
    parties: span.recovered ? [] : parsedTitle.parties,
    date,
    place: (span.recovered ? null : parsedTitle.place) ?? (OWN_TEXT_GENRES.has(parsedTitle.genre ?? '') ? placeOfWriting(blocks) : null),
    classification,
    registration,
    legend: legendText ? parseLegend(legendText) : null,
    published,
    marginalia,
    notes,
    text: blocks.map((b) => b.text).join('\n\n'),
    url: `/documents/${id}/`,
    blocks,
    page: texts[0]?.page ?? null,
    corrections: [],
    span: { start: span.headerLine, end: lines.at(-1)?.no ?? span.headerLine },
  };
}

/** A legend whose parenthesis is still open goes on in the next line. */
function unclosed(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
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

/** The date line that closes a document's text (a signature date), if it is among its last lines. */
function closingDate(blocks: Block[]): { edtf: string; text: string } | null {
  for (const b of blocks.slice(-4).reverse()) {
    if (b.kind !== 'line' || b.text.length > 30) continue;
    const d = parseDate(b.text);
    if (d && /^\d{4}-\d\d-\d\d$/.test(d.edtf)) return d;
  }
  return null;
}

function appendLine(list: string[], text: string, startsNew: boolean): void {
  if (startsNew || list.length === 0) list.push(text);
  else list[list.length - 1] = `${list[list.length - 1]} ${text}`;
}

/** An edition-supplied title for a document whose printed title was lost: its opening words. */
function suppliedTitle(blocks: Block[]): string {
  const opening = blocks.map((b) => b.text).join(' ').split(/\s+/).slice(0, 12).join(' ');
  return `[Документ без заголовка] ${opening}…`;
}
