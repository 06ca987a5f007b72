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
const NOTE_NUMBER = /^ ?(\d{1,3})\s*$/;
const NOTE_WITH_TEXT = /^(\d{1,3}|\*{1,3}) +(\S.*)$/;

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
    const num = NOTE_NUMBER.exec(text);
    const withText = NOTE_WITH_TEXT.exec(text);
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
    const num = NOTE_NUMBER.exec(text);
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
    if (/^ {2,}\S/.test(text) && following && /^\d{1,3}$/.test(following.text) && Number(following.text) > this.lastNote) {
      this.diagnostics.report('separator-defective', no, `"${bare}" stands where a footnote separator should be; read as the start of the footnote area`);
      this.openNoteArea();
      return;
    }
    const trailing = text.length - text.trimEnd().length;
    const pageStart = /^ \S/.test(text) || this.pageAnchors.at(-1)?.index === this.flow.length;
    this.flow.push({ kind: 'text', no, text: text.trim(), trailing, pageStart, page: null });
  }
}

/** Notes are numbered through the book: the next one may skip a few lost numbers, never go back. */
function isNextNote(n: number, last: number): boolean {
  return n > last && n <= last + 6;
}

/**
 * Printed page numbers survive only where one stands in for a page start; the pages between are
 * counted from page starts, reckoned from the nearest page number before (or, before the first, after).
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
  const offsets = anchors.map((a) => a.page - (ordinal[a.index] ?? count));
  for (let k = 1; k < anchors.length; k++) {
    if (offsets[k] !== offsets[k - 1]) {
      const l = flow[anchors[k]!.index];
      const { page } = anchors[k]!;
      const counted = page - offsets[k]! + offsets[k - 1]!;
      diagnostics.report('page-count-drift', l?.no ?? 0, `page ${page}: counting page starts gives ${counted}; pages from here on follow the printed number`, {
        data: { page, counted },
      });
    }
  }
  let a = 0;
  for (let i = 0; i < flow.length; i++) {
    while (a + 1 < anchors.length && anchors[a + 1]!.index <= i) a++;
    const l = flow[i]!;
    if (l.kind === 'text') l.page = ordinal[i]! + offsets[a]!;
  }
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
    if (/^№\s?\d{1,3}\s*$/.test(t.trim()) || LEGEND_START.test(t.trim())) return false;
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
