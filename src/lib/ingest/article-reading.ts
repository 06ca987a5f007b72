/**
 * The furniture of a journal article as the OCR gives it (Исаевич 2013, Кислицын): an abstract before the
 * text, page starts as lines opening with one space, a running head and a page number at a page top,
 * footnotes at a page bottom printed without a separator line and numbered from 1 on every page, and the
 * English title and abstract after the text. Unlike the collection, empty lines here are the blank lines
 * of print (paragraph breaks), so the collection's `stripFurniture` does not apply.
 */
import type { Source } from '../../schemas/index.ts';
import type { SourceLine } from './decode.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { FlowLine, PrintedNote, TextLine } from './furniture.ts';

export interface ArticleReading {
  /** The abstract's lines, before the text. */
  abstract: SourceLine[];
  /**
   * Abstract lines that open with a space in mid-sentence (Исаевич, line 2: « социально-политической» after
   * «из фондов Российского»): the OCR lost the text before them, so the edition marks the place.
   */
  abstractGaps: Set<number>;
  /** The running text with its blank lines; footnotes taken out. */
  flow: FlowLine[];
  /** Footnotes as printed, each with the line of its number. */
  notes: PrintedNote[];
  /** The English title and abstract after the text, when printed. */
  english: { title: SourceLine[]; abstract: SourceLine[] } | null;
  /** Lines removed as page numbers and running heads. */
  pageNumbers: number;
  /** Source lines removed as furniture (running heads, page numbers): not text, so not counted in coverage. */
  furniture: Set<number>;
  /** First and last printed page of the text, when the sidecar gives the first. */
  pages: { start: number; end: number } | null;
}

const PAGE_START = /^ \S/;
const NOTE_START = /^(\d{1,2}) +(\S.*)$/;
const PAGE_NUMBER = /^\s*(\d{1,3})\s*$/;

/** True when most letters of the line are Latin: the English block after the text. */
function isLatin(text: string): boolean {
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const all = (text.match(/\p{L}/gu) ?? []).length;
  return all >= 5 && latin / all > 0.8;
}

/** A running head: the first author's surname with initials at the start of a line that ends in an ellipsis. */
function isRunningHead(text: string, source: Source): boolean {
  const surname = source.authors[0]?.split(' ')[0];
  return !!surname && text.trim().startsWith(surname) && /…\s*$/u.test(text);
}

/** The first page as the sidecar gives it (`74–`), if any. */
function firstPage(source: Source): number | null {
  const m = /^(\d+)/.exec(source.pages ?? '');
  return m ? Number(m[1]) : null;
}

export function readArticle(lines: SourceLine[], source: Source, diagnostics: Diagnostics): ArticleReading {
  // The abstract runs to the first page-start line that opens a sentence (a line lost in OCR may start with a space too).
  const bodyStart = lines.findIndex((l, i) => i > 0 && /^ \p{Lu}/u.test(l.text));
  const abstractEnd = bodyStart > 0 ? bodyStart : 0;
  const englishStart = lines.findIndex((l, i) => i >= abstractEnd && isLatin(l.text));
  const end = englishStart === -1 ? lines.length : englishStart;
  const reading: ArticleReading = {
    abstract: lines.slice(0, abstractEnd).filter((l) => l.text.trim() !== ''),
    abstractGaps: new Set(lines.slice(1, abstractEnd).filter((l) => /^ \p{Ll}/u.test(l.text)).map((l) => l.no)),
    flow: [],
    notes: [],
    english: englishStart === -1 ? null : splitEnglish(lines.slice(englishStart)),
    pageNumbers: 0,
    pages: null,
    furniture: new Set(),
  };
  const start = firstPage(source);
  let page = start;
  /** Whether `page` is counted (from the sidecar's first page and the page starts) rather than printed here. */
  let reckoned = true;
  let current: PrintedNote | null = null;
  let noteOnPage = 0;
  for (let i = abstractEnd; i < end; i++) {
    const line = lines[i]!;
    const { text, no } = line;
    if (isRunningHead(text, source)) {
      diagnostics.report('running-head', no, `running head removed: "${text.trim()}"`, { data: { text: text.trim() } });
      reading.pageNumbers++;
      reading.furniture.add(no);
      continue;
    }
    const number = PAGE_NUMBER.exec(text);
    if (number) {
      const printed = Number(number[1]);
      if (page !== null && printed !== page + 1 && printed !== page) {
        diagnostics.report('page-count-drift', no, `page ${printed}: counting page starts gives ${page + 1}`, { data: { page: printed, counted: page + 1 } });
      }
      diagnostics.report('page-number', no, `page number ${printed} removed`, { data: { page: printed } });
      page = printed;
      reckoned = false;
      reading.pageNumbers++;
      reading.furniture.add(no);
      current = null;
      noteOnPage = 0;
      continue;
    }
    if (text.trim() === '') {
      if (current) continue;
      if (reading.flow.at(-1)?.kind !== 'blank') reading.flow.push({ kind: 'blank', no });
      continue;
    }
    const pageStart = PAGE_START.test(text) && i > abstractEnd;
    if (pageStart) {
      if (page !== null) page++;
      reckoned = true;
      current = null;
      noteOnPage = 0;
    }
    const note = NOTE_START.exec(text);
    if (note && !pageStart && (Number(note[1]) === 1 || Number(note[1]) === noteOnPage + 1)) {
      // The blank line before a page's footnotes stands for the separator, not a paragraph break.
      while (reading.flow.at(-1)?.kind === 'blank') reading.flow.pop();
      noteOnPage = Number(note[1]);
      current = { n: note[1]!, text: note[2]!.trim(), no };
      reading.notes.push(current);
      continue;
    }
    if (current) {
      current.text = joinNoteLine(current.text, text.trim());
      continue;
    }
    reading.flow.push({ kind: 'text', no, text: text.trim(), trailing: text.length - text.trimEnd().length, pageStart, page, pageReckoned: reckoned } satisfies TextLine);
  }
  if (start !== null && page !== null) reading.pages = { start, end: page };
  return reading;
}

/** The English block: its title up to the line that opens «Abstract.», then the abstract. */
function splitEnglish(lines: SourceLine[]): { title: SourceLine[]; abstract: SourceLine[] } {
  const text = lines.filter((l) => l.text.trim() !== '');
  const at = text.findIndex((l) => /^\s*Abstract\b/.test(l.text));
  return at === -1 ? { title: [], abstract: text } : { title: text.slice(0, at), abstract: text.slice(at) };
}

/** A note's next line: a word broken at the line end is joined, a URL broken at its end too. */
function joinNoteLine(a: string, b: string): string {
  if (/\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  if (/(?:https?:\/\/|www\.)\S*$/u.test(a) && /[/.]$/.test(a)) return a + b;
  return `${a} ${b}`;
}
