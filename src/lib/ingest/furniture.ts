import type { SourceLine } from './decode.ts';
import type { Diagnostics } from './diagnostics.ts';
import { LEGEND_START } from './legend.ts';

/** A line of running text after page furniture was taken out. */
export interface TextLine {
  kind: 'text';
  no: number;
  /** The line without its page-start space and trailing spaces. */
  text: string;
  /** Trailing spaces as printed (004 marks paragraph ends with two). */
  trailing: number;
  /** The line opens a printed page. */
  pageStart: boolean;
  /** Printed page of the book, where page numbers allow reckoning it. */
  page: number | null;
  /** The page is reckoned from the page numbers that survive, not printed on it (see `assignPages`). */
  pageReckoned: boolean;
}

/** A line that is blank in print (a lone space in the OCR), unlike the empty lines of double spacing. */
export interface BlankLine {
  kind: 'blank';
  no: number;
}

export type FlowLine = TextLine | BlankLine;

/** A footnote as printed at a page bottom. */
export interface PrintedNote {
  n: string;
  text: string;
  /** Line of the note's number. */
  no: number;
}

export interface Furniture {
  flow: FlowLine[];
  notes: PrintedNote[];
  /** Lines removed as stray page numbers. */
  pageNumbers: number;
}

const SEPARATOR = /^ {20,}$/;
/** A bare number: a note's or a page's, of any length (a book may have a thousand pages or notes). */
const NOTE_NUMBER = /^ ?(\d+)\s*$/;
const NOTE_WITH_TEXT = /^(\d+|\*{1,3}) +(\S.*)$/;

/**
 * Separates running text from page furniture: footnote areas (after a separator line of spaces,
 * or a lone note number that continues the book's note sequence), stray page numbers, and the
 * empty lines of OCR double spacing. Page starts are the lines that begin with exactly one space.
 */
export function stripFurniture(lines: SourceLine[], diagnostics: Diagnostics): Furniture {
  const reader = new FurnitureReader(lines, diagnostics);
  for (let i = 0; i < lines.length; i++) reader.read(i);
  return reader.finish();
}

/** The state of the reading: whether a footnote area is open, the note being read, the page numbers seen. */
class FurnitureReader {
  private readonly flow: FlowLine[] = [];
  private readonly notes: PrintedNote[] = [];
  private pageNumbers = 0;
  private inNotes = false;
  private current: PrintedNote | null = null;
  private awaitingNoteText = false;
  private lastNote = 0;
  private skipBlank = false;
  private readonly pageAnchors: Array<{ index: number; page: number }> = [];

  constructor(
    private readonly lines: SourceLine[],
    private readonly diagnostics: Diagnostics,
  ) {}

  read(i: number): void {
    const { text } = this.lines[i]!;
    if (text === '') return;
    if (SEPARATOR.test(text)) this.openNoteArea();
    else if (!this.inNotes || !this.readNoteArea(i)) this.readRunningText(i);
  }

  finish(): Furniture {
    assignPages(this.flow, this.pageAnchors, this.diagnostics);
    return { flow: this.flow, notes: this.notes, pageNumbers: this.pageNumbers };
  }

  private openNoteArea(): void {
    this.inNotes = true;
    this.current = null;
    this.awaitingNoteText = false;
  }

  private startNote(n: string, no: number, text = ''): void {
    this.current = { n, text, no };
    this.notes.push(this.current);
    if (/^\d+$/.test(n)) this.lastNote = Number(n);
  }

  /**
   * A number has no fixed number of digits, but a line of a table holds years (`1917`) as bare as a page
   * number: a number of up to three digits is read as a note's or page's number as it stands; a longer one
   * only where it continues the note sequence or (with `pages`) the printed pages. Otherwise `null`: text.
   */
  private counted(m: RegExpExecArray | null, pages: boolean): RegExpExecArray | null {
    if (!m || !/^\d{4,}$/.test(m[1]!)) return m;
    const n = Number(m[1]);
    const lastPage = this.pageAnchors.at(-1)?.page;
    const nextPage = pages && lastPage !== undefined && n > lastPage && n <= lastPage + PAGE_REACH;
    return isNextNote(n, this.lastNote) || nextPage ? m : null;
  }

  /** A stray page number: dropped from the text, kept as an anchor of the page reckoning. */
  private removePageNumber(no: number, printed: string | number): void {
    this.pageNumbers++;
    this.diagnostics.report('page-number', no, `page number ${printed} removed`, { data: { page: Number(printed) } });
    this.pageAnchors.push({ index: this.flow.length, page: Number(printed) });
    this.skipBlank = true;
  }

  /** A line inside a footnote area; `false` when it is a page start that closes the area and is running text. */
  private readNoteArea(i: number): boolean {
    const { no, text } = this.lines[i]!;
    const bare = text.trim();
    const num = this.counted(NOTE_NUMBER.exec(text), true);
    const withText = this.counted(NOTE_WITH_TEXT.exec(text), false);
    if (/^ ?\*{1,3}\s*$/.test(text)) {
      this.startNote(bare, no);
      this.awaitingNoteText = true;
      return true;
    }
    // Note numbers are printed bare; a page number keeps a trailing space. The sequence decides when the two disagree.
    if (num && (isNextNote(Number(num[1]), this.lastNote) || (!/\s$/.test(text) && Number(num[1]) > this.lastNote))) {
      this.startNote(num[1]!, no);
      this.awaitingNoteText = true;
      return true;
    }
    if (num) {
      // A number far beyond the note sequence is the page number that stands in for a page start.
      this.inNotes = false;
      this.current = null;
      this.awaitingNoteText = false;
      this.removePageNumber(no, num[1]!);
      return true;
    }
    if (bare === '') return true;
    const pageStart = /^ \S/.test(text);
    if (this.awaitingNoteText) {
      this.awaitingNoteText = false;
      if (!pageStart || plausibleNoteText(this.lines, i)) {
        this.current!.text = bare;
        return true;
      }
      // The note's own text was lost: this page-start line resumes the running text.
      this.diagnostics.report('note-empty', this.current!.no, `footnote ${this.current!.n} has no text (the line after its number continues the running text)`, {
        data: { note: this.current!.n },
      });
    }
    if (withText && !pageStart) {
      this.startNote(withText[1]!, no, withText[2]!.trim());
      return true;
    }
    if (!pageStart && this.current) {
      this.current.text = joinNoteLine(this.current.text, bare);
      return true;
    }
    if (!pageStart) {
      this.diagnostics.report('note-unnumbered', no, `text in a footnote area without a note number: "${bare.slice(0, 60)}"`);
      this.startNote('?', no, bare);
      return true;
    }
    this.inNotes = false;
    this.current = null;
    return false;
  }

  /** A line outside footnote areas: running text, a blank line, a stray page number or a note printed without its separator. */
  private readRunningText(i: number): void {
    const { no, text } = this.lines[i]!;
    const bare = text.trim();
    // A lone number that continues the note sequence, followed by a page-start line, is a note
    // printed without its separator line.
    const num = this.counted(NOTE_NUMBER.exec(text), true);
    if (num && !/^ /.test(text)) {
      const n = Number(num[1]);
      const next = nextNonEmpty(this.lines, i);
      if ((isNextNote(n, this.lastNote) || (!/\s$/.test(text) && n > this.lastNote)) && next && /^ \S/.test(next.text)) {
        this.diagnostics.report('note-without-separator', no, `footnote ${n} is printed without a separator line`, { data: { note: num[1]! } });
        this.inNotes = true;
        this.startNote(num[1]!, no);
        this.awaitingNoteText = true;
        return;
      }
      this.removePageNumber(no, n);
      return;
    }
    if (bare === '') {
      // The lone space printed after a page number is not a blank line of the text.
      if (!this.skipBlank) this.flow.push({ kind: 'blank', no });
      this.skipBlank = false;
      return;
    }
    this.skipBlank = false;
    // A line indented by two or more spaces right before a bare note number stands where the separator
    // should be (OCR put a copy of the note's text there): the footnote area starts here.
    const following = nextNonEmpty(this.lines, i);
    if (/^ {2,}\S/.test(text) && following && this.counted(NOTE_NUMBER.exec(following.text), false) && Number(following.text) > this.lastNote) {
      this.diagnostics.report('separator-defective', no, `"${bare}" stands where a footnote separator should be; read as the start of the footnote area`);
      this.openNoteArea();
      return;
    }
    const trailing = text.length - text.trimEnd().length;
    const pageStart = /^ \S/.test(text) || this.pageAnchors.at(-1)?.index === this.flow.length;
    this.flow.push({ kind: 'text', no, text: text.trim(), trailing, pageStart, page: null, pageReckoned: true });
  }
}

/** How far past the last printed page number the next one may stand (pages without a number between). */
const PAGE_REACH = 20;

/** Notes are numbered through the book: the next one may skip a few lost numbers, never go back. */
function isNextNote(n: number, last: number): boolean {
  return n > last && n <= last + 6;
}

/**
 * Printed page numbers survive only where one stands in for a page start; the pages between are
 * reckoned from the page starts (lines that begin with one space), which the OCR both loses and
 * invents, so a count from one page number drifts before it reaches the next. Between two surviving
 * numbers the page starts are spread over the pages the numbers say lie between them (linear
 * interpolation, rounded), so the error of the count is shared out instead of piling up towards the
 * next number, and the pages never run backwards; before the first number and after the last, the
 * page starts are counted back and on from it. A line is `pageReckoned` unless it stands on a page
 * whose number survives.
 */
export function assignPages(flow: FlowLine[], anchors: Array<{ index: number; page: number }>, diagnostics: Diagnostics): void {
  if (anchors.length === 0) return;
  const ordinal: number[] = [];
  let count = 0;
  for (let i = 0; i < flow.length; i++) {
    const l = flow[i]!;
    if (l.kind === 'text' && l.pageStart) count++;
    ordinal.push(count);
  }
  const points = anchors.map((a) => ({ ordinal: ordinal[a.index] ?? count, page: a.page, index: a.index }));
  for (let k = 1; k < points.length; k++) {
    const [a, b] = [points[k - 1]!, points[k]!];
    const counted = a.page + (b.ordinal - a.ordinal);
    if (counted !== b.page) {
      diagnostics.report('page-count-drift', flow[b.index]?.no ?? 0, `page ${b.page}: counting page starts from page ${a.page} gives ${counted}; the pages between are spread evenly`, {
        data: { page: b.page, counted },
      });
    }
  }
  const printed = new Set(points.map((p) => p.ordinal));
  let k = 0;
  for (let i = 0; i < flow.length; i++) {
    const l = flow[i]!;
    if (l.kind !== 'text') continue;
    const o = ordinal[i]!;
    while (k + 1 < points.length && points[k + 1]!.ordinal <= o) k++;
    l.page = reckon(o, points[k]!, points[k + 1]);
    l.pageReckoned = !printed.has(o);
  }
}

/** The page of the `o`-th page start, from the page number at or before it (`a`, or after it for the first) and the next one (`b`). */
function reckon(o: number, a: { ordinal: number; page: number }, b: { ordinal: number; page: number } | undefined): number {
  if (o <= a.ordinal || !b || b.ordinal === a.ordinal) return a.page + (o - a.ordinal);
  return a.page + Math.round(((o - a.ordinal) * (b.page - a.page)) / (b.ordinal - a.ordinal));
}

/** The pages a run of lines occupies: the first, the last (never before the first), and whether either is reckoned. */
export function pagesOf(lines: readonly FlowLine[]): { page: number | null; pageEnd: number | null; pageReckoned: boolean } {
  const text = lines.filter((l): l is TextLine => l.kind === 'text');
  const [first, last] = [text[0], text.at(-1)];
  if (first?.page == null) return { page: null, pageEnd: null, pageReckoned: false };
  const end = last?.page != null && last.page >= first.page ? last : first;
  return { page: first.page, pageEnd: end.page, pageReckoned: first.pageReckoned || end.pageReckoned };
}

/** Longest run of continuation lines a footnote may have before the reading as a note is doubted. */
const MAX_NOTE_LINES = 12;

/**
 * A page-start line after a note number is the note's text only if what follows it, up to the next
 * page start, reads as a note: a few lines, with no document header or archive legend among them.
 */
function plausibleNoteText(lines: SourceLine[], i: number): boolean {
  let count = 0;
  for (let k = i + 1; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (t === '') continue;
    if (/^ \S/.test(t) || SEPARATOR.test(t) || NOTE_NUMBER.test(t)) return true;
    if (/^№\s?\d+\s*$/.test(t.trim()) || LEGEND_START.test(t.trim())) return false;
    if (++count > MAX_NOTE_LINES) return false;
  }
  return true;
}

function nextNonEmpty(lines: SourceLine[], i: number): SourceLine | undefined {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.text !== '') return lines[k];
  return undefined;
}

export function joinNoteLine(a: string, b: string): string {
  if (a === '') return b;
  if (/[а-яё]-$/i.test(a) && /^[а-яё]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}
