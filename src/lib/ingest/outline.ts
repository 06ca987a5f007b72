/**
 * The outline of a text that marks its paragraph ends by two trailing spaces (the 1931 platform):
 * sections numbered in roman numerals (`I. Экономические противоречия …`), the subheadings under
 * them, and the numbered theses (`1. …`). Found from the layout and the numbers, never from line
 * numbers, and read on the lines before blocks are built, so a heading printed over two lines
 * (`Противоречия переходного периода:` / `индустриализация.`) becomes one heading and a heading
 * is never merged into the paragraph after it.
 *
 * Anchors, for citing a place: `section-N` for the section numbered N, `section-N-M` for its M-th
 * subheading (counted in the order printed), `thesis-N` for the thesis numbered N. A number missing,
 * repeated or out of order is reported (`outline-numbering`); a repeated number gets no anchor, so
 * an anchor always names one place.
 */
import type { SourceExpect } from '../../schemas/index.ts';
import { romanNumeral, romanSum } from '../lang/roman.ts';
import { fullWidth, stripMarks } from './blocks.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { FlowLine, TextLine } from './furniture.ts';

/** What the outline says of the line that opens a block. */
export type OutlineMark =
  | { kind: 'heading'; /** The last line of the heading. */ end: number; level: number; anchor: string | undefined }
  | { kind: 'line' }
  | { kind: 'thesis'; anchor: string | undefined };

/** The outline by the number of the line that opens each marked block. */
export type Outline = ReadonlyMap<number, OutlineMark>;

const ROMAN = /^([IVX]{1,5})\.\s+\S/u;
const THESIS = /^(\d{1,3})\.\s+\S/u;
/** A line that may follow a heading: a paragraph opens with a capital, a digit, a quotation mark or a dash. */
const OPENS = /^[\p{Lu}\d«"„—–]/u;
/** The longest second line of a heading printed over two lines (the longest in the platform has 25 letters). */
const TAIL = 40;

/** The value of a section's roman numeral (`IV` → 4); `null` when it is not one written the usual way (`IIII`, `VX`). */
export function romanValue(numeral: string): number | null {
  const total = romanSum(numeral);
  return total > 0 && romanNumeral(total) === numeral ? total : null;
}

/**
 * How many lines from `i` form a heading (1 or 2), or 0. A heading ends a sentence (`.`, `?`, `!`) with
 * fewer than two trailing spaces (two end a paragraph), is shorter than a full line (a paragraph's first
 * line may end a sentence at the margin) and is followed by a line that opens a paragraph;
 * a section heading may have no final stop (`II. Партия в системе диктатуры`), and so may a line of the
 * printed head (`head`: author and title, before the first section). A second line continues
 * the first when the first does not end a sentence (or ends in a colon, which the OCR may follow by two
 * spaces) and is short.
 */
function headingLength(texts: readonly TextLine[], i: number, head: boolean, width: number): number {
  const ends = (j: number, bare: boolean): boolean => {
    const line = texts[j];
    const next = texts[j + 1];
    if (!line || line.trailing >= 2 || (next && !OPENS.test(next.text))) return false;
    const plain = stripMarks(line.text);
    return /[.?!]$/u.test(plain) || (bare && !/[,;:\-‐–—]$/u.test(plain));
  };
  const first = stripMarks(texts[i]!.text);
  if (THESIS.test(first) || /^[а-я]\)/u.test(first)) return 0;
  if (first.length < width * 0.9 && ends(i, head || ROMAN.test(first))) return 1;
  const second = texts[i + 1];
  const continues = /:$/u.test(first) || (texts[i]!.trailing < 2 && !/[.?!]$/u.test(first));
  if (second && continues && stripMarks(second.text).length <= TAIL && ends(i + 1, false)) return 2;
  return 0;
}

/** Checks that the numbers of one kind run 1, 2, 3 … once each and in order; returns the anchor of each place. */
function numbering(kind: 'section' | 'thesis', found: ReadonlyArray<{ no: number; n: number }>, diagnostics: Diagnostics, document: string) {
  const anchors = new Map<number, string | undefined>();
  const seen = new Set<number>();
  let expected = 1;
  for (const { no, n } of found) {
    const report = (problem: 'missing' | 'repeated' | 'out-of-order', number: number, what: string) =>
      diagnostics.report('outline-numbering', no, `${kind} ${what}`, { document, data: { kind, number, problem } });
    if (seen.has(n)) {
      report('repeated', n, `${n} is printed again; the second one gets no anchor`);
      anchors.set(no, undefined);
      continue;
    }
    if (n > expected) for (let m = expected; m < n; m++) report('missing', m, `${m} is missing before ${n}`);
    if (n < expected) report('out-of-order', n, `${n} is printed after ${expected - 1}`);
    seen.add(n);
    anchors.set(no, `${kind}-${n}`);
    expected = Math.max(expected, n + 1);
  }
  return anchors;
}

/**
 * The outline of `flow`: headings, theses, and the lines of the printed head (author, title) before the
 * first section, which stand alone. `expect.paragraphOpenings` names lines that look like a heading but
 * open a paragraph in print; an entry that finds no line is reported.
 */
export function readOutline(flow: readonly FlowLine[], expect: SourceExpect, diagnostics: Diagnostics, document: string): Outline {
  const texts = flow.filter((l): l is TextLine => l.kind === 'text');
  const width = fullWidth(texts);
  const openings = expect.paragraphOpenings ?? [];
  const used = new Set<number>();
  const isOpening = (line: TextLine): boolean => {
    const k = openings.findIndex((o) => stripMarks(line.text) === o.text);
    if (k >= 0) used.add(k);
    return k >= 0;
  };

  const marks = new Map<number, OutlineMark>();
  const sections: Array<{ no: number; n: number }> = [];
  const theses: Array<{ no: number; n: number }> = [];
  let section = 0;
  /** Subheadings of the current section so far; `null` under a section whose number was printed before. */
  let sub: number | null = 0;
  let opens = true;
  for (let i = 0; i < texts.length; i++) {
    const line = texts[i]!;
    const plain = stripMarks(line.text);
    if (opens && !/[\p{L}\d]/u.test(plain)) {
      // A separator (`* * *`) stands alone.
      marks.set(line.no, { kind: 'line' });
      continue;
    }
    const length = opens && !isOpening(line) ? headingLength(texts, i, section === 0, width) : 0;
    if (length > 0) {
      const numeral = ROMAN.exec(plain)?.[1];
      const value = numeral ? romanValue(numeral) : null;
      if (value !== null) {
        sub = sections.some((s) => s.n === value) ? null : 0;
        sections.push({ no: line.no, n: value });
        section = value;
        marks.set(line.no, { kind: 'heading', end: texts[i + length - 1]!.no, level: 1, anchor: undefined });
      } else if (section > 0 && /\p{L}/u.test(plain)) {
        if (sub !== null) sub++;
        const anchor = sub !== null ? `section-${section}-${sub}` : undefined;
        marks.set(line.no, { kind: 'heading', end: texts[i + length - 1]!.no, level: 2, anchor });
      } else {
        for (let j = i; j < i + length; j++) marks.set(texts[j]!.no, { kind: 'line' });
      }
      i += length - 1;
      opens = true;
      continue;
    }
    if (opens && THESIS.test(plain)) theses.push({ no: line.no, n: Number(THESIS.exec(plain)![1]) });
    opens = line.trailing >= 2;
  }

  for (const [no, anchor] of numbering('section', sections, diagnostics, document)) {
    const mark = marks.get(no);
    if (mark?.kind === 'heading') marks.set(no, { ...mark, anchor });
  }
  for (const [no, anchor] of numbering('thesis', theses, diagnostics, document)) marks.set(no, { kind: 'thesis', anchor });
  openings.forEach((o, k) => {
    if (!used.has(k)) diagnostics.report('outline-entry-unused', texts[0]?.no ?? 0, `no line reads "${o.text}" (expect.paragraphOpenings)`, { document, data: { text: o.text } });
  });
  return marks;
}
