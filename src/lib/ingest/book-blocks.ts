/**
 * The body of a text of the book as blocks: paragraphs and lines from `buildBlocks`, with the headings
 * of sections and subsections made heading blocks with a level and an anchor, and the numbered theses of
 * a program text anchored `thesis-N`. A heading is a short line after a line printed as one space (the
 * book's mark before a heading), or a short line opening a page after a finished sentence.
 */
import type { Block } from '../../schemas/index.ts';
import { buildBlocks, stripMarks, type BlockOptions } from './blocks.ts';
import { BYLINE, isDateLine } from './book-units.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { FlowLine, TextLine } from './furniture.ts';

/** The widest line read as a heading: the book's full lines run to 60–70 characters. */
const HEADING_WIDTH = 58;
/** The organ, group or author that signs a text (`Временное Центральное бюро …`, `Центральная группа «Рабочая Правда».`, `Автор`). */
const SIGNATURE = /^(?:(?:Временное|Центральная группа)\s|Автор\.?$)/u;
/** A part of a study (`Часть первая: …`): the headings after it are one level deeper. */
const STUDY_PART = /^Часть\s+(?:первая|вторая|третья)/u;
const NUMBERED = /^\d{1,2}\.\s/u;

const isText = (l: FlowLine | undefined): l is TextLine => l?.kind === 'text';

function headingLike(text: string): boolean {
  const plain = stripMarks(text);
  return (
    (plain.length <= HEADING_WIDTH || (STUDY_PART.test(plain) && plain.length <= 70)) &&
    !/[-,;]$/u.test(plain) &&
    !/^[\p{Ll}—–-]/u.test(plain) &&
    !/^\*+$/u.test(plain) &&
    !isDateLine(plain) &&
    !BYLINE.test(plain) &&
    !SIGNATURE.test(plain)
  );
}

/** Indices in `flow` of the heading lines, each with the number of lines it takes (1 or 2). */
function findHeadings(flow: FlowLine[], spaced: Set<number>): Map<number, number> {
  const headings = new Map<number, number>();
  // The first line of a body follows its title as a heading follows the one-space line.
  let afterSpace = true;
  let previous: TextLine | null = null;
  for (let i = 0; i < flow.length; i++) {
    const line = flow[i]!;
    if (line.kind === 'blank') {
      if (spaced.has(line.no)) afterSpace = true;
      continue;
    }
    const next = flow.slice(i + 1).find(isText);
    const pageTop = line.pageStart && previous !== null && /[.?!»)]$/u.test(stripMarks(previous.text)) && line.text.length <= 45 && !/\.$/u.test(line.text);
    if ((afterSpace || pageTop) && next && headingLike(line.text)) {
      const nextIndex = flow.indexOf(next);
      // `Часть первая:` goes on in the next line, `СЛОВО ПОКОЙНИКАМ` in its `(Вместо введения)`.
      if ((/:$/u.test(line.text) && next.text.length <= 70) || (/^\([^()]+\)$/u.test(next.text) && !isDateLine(next.text) && next.no - line.no <= 3)) {
        headings.set(i, flow.indexOf(next) - i + 1);
        i = flow.indexOf(next);
      } else if (!/^\p{Ll}/u.test(next.text)) headings.set(i, 1);
      else if (next.text.length <= HEADING_WIDTH && !isText(flow[nextIndex + 1]) && !/[-,]$/u.test(next.text)) {
        headings.set(i, nextIndex - i + 1);
        i = nextIndex;
      }
    }
    afterSpace = false;
    previous = flow[i] as TextLine;
  }
  return headings;
}

/** Blocks of a text's body, headings among them with their levels and anchors (`section-2`, `section-2-1`). */
export function bookBlocks(input: FlowLine[], spaced: Set<number>, options: Omit<BlockOptions, 'paragraphEnds'>): Block[] {
  const flow = joinNumberSigns(input);
  const headings = findHeadings(flow, spaced);
  const blocks: Block[] = [];
  let run: FlowLine[] = [];
  const flush = (): void => {
    if (run.some(isText)) blocks.push(...buildBlocks(run, { ...options, paragraphEnds: 'short-line' }));
    run = [];
  };
  const counters: number[] = [];
  let base = 1;
  let numbered: number | null = null;
  for (let i = 0; i < flow.length; i++) {
    const span = headings.get(i);
    if (span === undefined) {
      run.push(flow[i]!);
      continue;
    }
    flush();
    const lines = flow.slice(i, i + span).filter(isText);
    const heading = joinHeading(lines, options);
    const text = heading.text;
    let level = base;
    if (STUDY_PART.test(text)) {
      level = 1;
      base = 2;
      numbered = null;
    } else if (NUMBERED.test(text)) {
      if (numbered === null) numbered = blocks.at(-1)?.kind === 'heading' ? Math.min(4, (blocks.at(-1)!.level ?? base) + 1) : base;
      level = numbered;
    } else numbered = null;
    counters.length = level;
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let k = 0; k < level - 1; k++) counters[k] ??= 1;
    blocks.push({ ...heading, level, anchor: `section-${counters.join('-')}` });
    i += span - 1;
  }
  flush();
  return blocks;
}

/**
 * A line that begins with `№` inside a sentence (`(«Правда»,` / `№ 19-20). Несмотря …`) goes on from the
 * line before: the block builder would set it apart as a document number, as the collection prints them.
 */
function joinNumberSigns(flow: FlowLine[]): FlowLine[] {
  const out: FlowLine[] = [];
  for (const line of flow) {
    const previous = out.at(-1);
    if (isText(line) && isText(previous) && /^№\s?\d/u.test(line.text) && !/[.!?:»]$/u.test(stripMarks(previous.text))) {
      out[out.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
    } else out.push(line);
  }
  return out;
}

/** The heading's lines as one block (a heading of two lines is one heading). */
function joinHeading(lines: TextLine[], options: Omit<BlockOptions, 'paragraphEnds'>): Block {
  const parts = lines.flatMap((l) => buildBlocks([l], { ...options, paragraphEnds: 'short-line' }));
  let text = '';
  const notes: Block['notes'] = [];
  for (const p of parts) {
    if (text) text += ' ';
    notes.push(...p.notes.map((m) => ({ n: m.n, at: m.at + text.length })));
    text += p.text;
  }
  return { kind: 'heading', text, notes };
}

/**
 * Anchors the numbered theses of a program text (`thesis-1` …): a run of paragraphs numbered `1.`, `2.` …
 * of at least ten (the texts' lists of demands run to six items). A number lost in print is supplied
 * to the paragraph that follows the thesis before it, and reported.
 */
export function anchorTheses(blocks: Block[], diagnostics: Diagnostics, at: { line: number; document: string }): number {
  const numbered = blocks
    .map((b, index) => ({ b, index, n: b.kind === 'paragraph' ? Number(/^(\d{1,2})\.\s+\p{Lu}/u.exec(b.text)?.[1] ?? NaN) : NaN }))
    .filter((x) => !Number.isNaN(x.n));
  let best: typeof numbered = [];
  for (let s = 0; s < numbered.length; s++) {
    if (numbered[s]!.n !== 1) continue;
    const run = [numbered[s]!];
    for (let k = s + 1; k < numbered.length && numbered[k]!.n > run.at(-1)!.n && numbered[k]!.n <= run.at(-1)!.n + 2; k++) run.push(numbered[k]!);
    if (run.length > best.length) best = run;
  }
  if (best.length === 0 || best.at(-1)!.n < 10) return 0;
  for (let k = 0; k < best.length; k++) {
    const { b, n, index } = best[k]!;
    b.anchor = `thesis-${n}`;
    const prev = best[k - 1];
    if (prev && n === prev.n + 2) {
      const supplied = blocks.slice(prev.index + 1, index).find((x) => x.kind === 'paragraph' && /^\p{Lu}/u.test(x.text));
      if (supplied) supplied.anchor = `thesis-${n - 1}`;
      diagnostics.report('thesis-number-lost', at.line, `thesis ${n - 1}: its number is not printed; the paragraph after thesis ${prev.n} is taken for it`, {
        document: at.document,
        data: { thesis: n - 1 },
      });
    }
  }
  return best.at(-1)!.n;
}
