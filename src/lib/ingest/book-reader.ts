/**
 * The opening stage of the book of left-communist texts, in place of `readSource`: its notes are not
 * numbered through the volume as the collection's are. Each study and program text numbers its own
 * footnotes (some restart on every page), the studies gather roman-numbered endnotes (`i`, `ii`, …)
 * after their text, and one title carries a `∗` note. The page layer is the collection's: a line of
 * spaces opens a note area, a line that begins with one space opens a page, a lone number is a page
 * number. Blank lines are kept: in this book a line holding one space stands before headings.
 */
import type { SourceLine } from './decode.ts';
import type { Diagnostics } from './diagnostics.ts';
import { assignPages, joinNoteLine, type FlowLine, type PrintedNote } from './furniture.ts';
import type { SourceReading } from './read-source.ts';

const SEPARATOR = /^ {20,}$/;
const PAGE_NUMBER = /^ ?(\d{1,3})\s*$/;
/** `1 Текст`, `1 . Текст` (arabic footnotes). */
const ARABIC_NOTE = /^ ?(\d{1,2}) ?\.? (\S.*)$/u;
/** `iv Текст`, and `iiНо` where OCR lost the space. */
const ROMAN_NOTE = /^ ?((?=[ivx])(?:x{0,3})(?:ix|iv|v?i{0,3}))(?: +|(?=[А-ЯЁ«]))(\S.*)$/u;
/** The `∗` (U+2217) or `*` note on a title. */
const TITLE_NOTE = /^ ?([∗*]+) *(\S.*)$/u;

/** A printed note of the book: its mark and what kind of mark it is. */
export interface BookNote extends PrintedNote {
  kind: 'footnote' | 'endnote' | 'title';
}

/** The book read as running text: `notes` are `BookNote`s, none tied yet (the parser ties them per text). */
export interface BookReading extends SourceReading {
  notes: BookNote[];
  /** Source lines of the blank lines printed as one space (the mark before a heading) rather than empty. */
  spaced: Set<number>;
}

export function readBook(lines: SourceLine[], diagnostics: Diagnostics): BookReading {
  const flow: FlowLine[] = [];
  const notes: BookNote[] = [];
  const spaced = new Set<number>();
  const anchors: Array<{ index: number; page: number }> = [];
  let pageNumbers = 0;
  /** `null` outside a note area; in one, whether it holds endnotes (which run on over page starts). */
  let area: { endnotes: boolean } | null = null;
  let current: BookNote | null = null;
  let skipBlank = false;

  const startNote = (kind: BookNote['kind'], n: string, text: string, no: number): void => {
    current = { kind, n, text: text.trim(), no };
    notes.push(current);
    if (kind !== 'footnote') area = { endnotes: true };
  };

  for (const { no, text } of lines) {
    if (SEPARATOR.test(text)) {
      area = { endnotes: false };
      current = null;
      continue;
    }
    const page = PAGE_NUMBER.exec(text);
    if (page) {
      area = null;
      current = null;
      pageNumbers++;
      diagnostics.report('page-number', no, `page number ${page[1]} removed`, { data: { page: Number(page[1]) } });
      anchors.push({ index: flow.length, page: Number(page[1]) });
      skipBlank = true;
      continue;
    }
    const bare = text.trim();
    const pageStart = /^ \S/.test(text);
    if (area) {
      if (bare === '') continue;
      const roman = ROMAN_NOTE.exec(text);
      const title = TITLE_NOTE.exec(text);
      const arabic = ARABIC_NOTE.exec(text);
      if (!pageStart || (area.endnotes && roman)) {
        if (title) startNote('title', '∗', title[2]!, no);
        else if (roman && roman[1] && (area.endnotes || current === null)) startNote('endnote', roman[1], roman[2]!, no);
        else if (arabic && !area.endnotes) startNote('footnote', arabic[1]!, arabic[2]!, no);
        else if (current) (current as BookNote).text = joinNoteLine((current as BookNote).text, bare);
        else {
          diagnostics.report('note-unnumbered', no, `text in a footnote area without a note number: "${bare.slice(0, 60)}"`);
          startNote('footnote', '?', bare, no);
        }
        continue;
      }
      area = null;
      current = null;
    }
    if (bare === '') {
      if (text === '' || !skipBlank) {
        if (text !== '') spaced.add(no);
        flow.push({ kind: 'blank', no });
      }
      if (text !== '') skipBlank = false;
      continue;
    }
    skipBlank = false;
    const trailing = text.length - text.trimEnd().length;
    flow.push({ kind: 'text', no, text: bare, trailing, pageStart: pageStart || anchors.at(-1)?.index === flow.length, page: null, pageReckoned: false });
  }
  assignPages(flow, anchors, diagnostics);
  return { lines, flow, notes, tied: [], pageNumbers, spaced };
}
