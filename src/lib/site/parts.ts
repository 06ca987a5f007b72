/**
 * Long texts in parts. A reader's first visit to any page downloads at most `PAGE_BUDGET` compressed
 * (HTML + CSS + fonts, as `npm run bench:site` and tests/site/page-weight.test.ts count it). A long
 * document or study does not fit whole, so its text is cut into parts: part 1 stays at the text's
 * permanent URL (`/documents/pt-215/`), part N at `N/` under it (`/documents/pt-215/2/`; an export
 * file beside the page is `pt-215.ris`, never a bare number, so the two never meet).
 *
 * Cuts fall between blocks, never inside one, preferring a heading (a section, a thesis group) near
 * where an even cut would fall, and each part's text stays within the text budget (`textBudget`).
 * Every block keeps its anchor (`p-250`, `section-3`, `thesis-12`) on the part that shows it; a note goes
 * with the part whose text marks it. `PartMap` says which part holds an anchor, so links between parts
 * lead to the right page, and the page's script sends `/documents/pt-215/#p-250` on to the part that holds
 * `p-250` (src/scripts/part-anchor.ts). Pure: the sizes come in from the caller.
 */
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import type { Block, Document, Note } from '../../schemas/index.ts';
import { correctionIds, renderBlocks, type BodyOptions } from '../render/body.ts';

/** The first-visit budget of every page: compressed HTML + CSS + fonts. */
export const PAGE_BUDGET = 50 * 1024;

/** Room kept below the budget: the stylesheet and fonts may grow a little before the next build measures them. */
export const BUDGET_MARGIN = 2 * 1024;

/**
 * What a text page holds besides the text and its notes, compressed: the site's header and footer, the
 * title and metadata, «Как цитировать», the neighbours, the list of parts, the search index's hidden
 * lines and the anchor map. A short document's whole page is about 5.5 KB (`/documents/pt-012/`).
 */
export const PAGE_CHROME = 7 * 1024;

/** A part holds at least this much compressed text, whatever the stylesheet and fonts weigh. */
export const MIN_TEXT_BUDGET = 4 * 1024;

/**
 * How much compressed text (blocks and notes) a part may hold: the page budget less the stylesheet and
 * fonts a page loads (`assets`, measured from the files the build uses: src/lib/site/page-assets.ts),
 * the chrome and the margin; never less than `MIN_TEXT_BUDGET`.
 */
export function textBudget(assets: number): number {
  return Math.max(MIN_TEXT_BUDGET, PAGE_BUDGET - assets - PAGE_CHROME - BUDGET_MARGIN);
}

/** gzip -9 size of a string, as the budget is counted. */
export const gzipSize = (text: string): number => gzipSync(Buffer.from(text), { level: 9 }).byteLength;

const gzipAsync = promisify(gzip);

/** `gzipSize` in Node's thread pool: the build's first pass measures several texts at once on every core. */
export const gzipSizeAsync = async (text: string): Promise<number> => (await gzipAsync(Buffer.from(text), { level: 9 })).byteLength;

/** A block as the cutter sees it: its HTML (with its notes' text) and, for a heading, its level. */
export interface SizedBlock {
  html: string;
  /** 1 for a section's heading, deeper for a subheading; `null` for any other block. */
  heading: number | null;
}

/** One part: blocks `[from, to)` of the text, by index. */
export interface PartRange {
  from: number;
  to: number;
}

/**
 * The most zlib's gzip can make of `bytes` bytes: its `deflateBound` for the default window and memory
 * level (zlib's deflate.c), plus the gzip header and trailer (18 bytes).
 */
export const gzipBound = (bytes: number): number => bytes + (bytes >> 12) + (bytes >> 14) + (bytes >> 25) + 7 + 18;

/**
 * The text of blocks `[from, to)`, as one page holds them: what the cutter asks to be measured. The cutter
 * is a generator (`cutter`) that yields each range and is given its compressed size, so that one algorithm
 * serves a caller that compresses at once (`cutIntoParts`) and one that compresses in the thread pool while
 * it does other work (`cutIntoPartsAsync`).
 */
const partText = (blocks: readonly SizedBlock[], { from, to }: PartRange): string => blocks.slice(from, to).map((b) => b.html).join('\n');

/**
 * The size of a measured text: when even uncompressed it is within `budget`, a bound that is within it
 * too (no text is compressed only to learn that it fits); else its gzip -9 size, from `compress`.
 */
function sizeOf<T>(text: string, budget: number, compress: (text: string) => T): number | T {
  const bound = gzipBound(Buffer.byteLength(text));
  return bound <= budget ? bound : compress(text);
}

/**
 * Where to cut near `ideal` (an index between blocks, 0 < ideal < n): the best heading within a quarter
 * of a part's length either side (a section before a subheading, then the nearest), else `ideal` itself.
 * Never at or before `after`, never at or after `before`.
 */
function cutNear(blocks: readonly SizedBlock[], ideal: number, reach: number, after: number, before: number): number {
  let best: number | null = null;
  for (let i = Math.max(after + 1, ideal - reach); i <= Math.min(before - 1, ideal + reach); i++) {
    const level = blocks[i]?.heading;
    if (level == null) continue;
    const b = best === null ? null : blocks[best]!.heading!;
    if (b === null || level < b || (level === b && Math.abs(i - ideal) < Math.abs(best! - ideal))) best = i;
  }
  return best ?? Math.min(before - 1, Math.max(after + 1, ideal));
}

/**
 * The text cut into parts of at most `budget` compressed bytes each: as few parts as fit, of about
 * even length, cut before a heading where one is near. A text that fits is one part; a single block
 * larger than the budget is a part of its own (a cut falls between blocks only). The first `lead`
 * blocks are what the first part carries besides the text: it keeps them and at least one block more.
 */
export function cutIntoParts(blocks: readonly SizedBlock[], budget: number, lead = 0): PartRange[] {
  const steps = cutter(blocks, budget, lead);
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    step = steps.next(sizeOf(partText(blocks, step.value), budget, gzipSize));
  }
}

/** `cutIntoParts`, the texts compressed in Node's thread pool (the same parts). */
export async function cutIntoPartsAsync(blocks: readonly SizedBlock[], budget: number, lead = 0): Promise<PartRange[]> {
  const steps = cutter(blocks, budget, lead);
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    step = steps.next(await sizeOf(partText(blocks, step.value), budget, gzipSizeAsync));
  }
}

/** The cutter of `cutIntoParts`: yields each range to measure and is given its size. */
function* cutter(blocks: readonly SizedBlock[], budget: number, lead: number): Generator<PartRange, PartRange[], number> {
  const n = blocks.length;
  const whole = n === 0 ? 0 : yield { from: 0, to: n };
  if (whole <= budget) return [{ from: 0, to: n }];
  const lengths = blocks.map((b) => b.html.length);
  const total = lengths.reduce((a, b) => a + b, 0);
  /** Index of the block boundary nearest to `chars` of text. */
  const boundaryAt = (chars: number): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (sum + lengths[i]! / 2 >= chars) return i;
      sum += lengths[i]!;
    }
    return n;
  };
  for (let count = Math.max(2, Math.ceil(whole / budget)); count <= n; count++) {
    const cuts: number[] = [0];
    for (let k = 1; k < count; k++) {
      const ideal = boundaryAt((total * k) / count);
      const reach = Math.max(1, Math.floor(n / count / 4));
      cuts.push(cutNear(blocks, Math.max(ideal, lead + 1), reach, Math.max(cuts.at(-1)!, lead), n - (count - k) + 1));
    }
    cuts.push(n);
    const parts = cuts.slice(1).map((to, k) => ({ from: cuts[k]!, to }));
    /** A part of one block (with the lead, for the first) may be over the budget: a cut falls between blocks only. */
    const single = (p: PartRange): boolean => p.to - p.from === 1 + (p.from === 0 ? lead : 0);
    let fits = true;
    for (const p of parts) {
      if (p.to > p.from && (single(p) || (yield p) <= budget)) continue;
      fits = false;
      break;
    }
    if (fits) return parts;
  }
  return [{ from: 0, to: lead + 1 }, ...blocks.slice(lead + 1).map((_, i) => ({ from: lead + 1 + i, to: lead + 2 + i }))];
}

/**
 * What a part's page tells its script (src/scripts/part-anchor.ts, which reads it from the data block
 * `<script type="application/json" id="part-anchors">`): `anchors[k]` are held by the part at `parts[k]`.
 */
export interface AnchorMap {
  parts: string[];
  /** `[first, last]` block number of each part: `p-N` is on the part whose blocks hold N. */
  blocks: [number, number][];
  /** The other anchors (`section-3`, `note-12`, `correction-4`) by part; none for the page's own part. */
  anchors: string[][];
}

/** Which part (1-based) holds each anchor of a text that is cut into parts, and the parts' addresses. */
export class PartMap {
  readonly #part = new Map<string, number>();

  /** `urls[k]` is the address of part k + 1 (`/documents/pt-215/`, `/documents/pt-215/2/`, …), `ranges[k]` its blocks. */
  constructor(
    readonly urls: readonly string[],
    readonly ranges: readonly PartRange[] = [],
  ) {}

  /** Puts `anchor` on `part` unless it is already placed (a note goes with the first part that marks it). */
  place(anchor: string, part: number): void {
    if (!this.#part.has(anchor)) this.#part.set(anchor, part);
  }

  /** The part that holds `anchor`; `null` when every part has it (the title, the page's own headings). */
  partOf(anchor: string): number | null {
    return this.#part.get(anchor) ?? null;
  }

  /** The href from part `on` to `anchor`: `#anchor` when `on` holds it (or every part does), else the other part's address. */
  href(anchor: string, on: number): string {
    const part = this.partOf(anchor);
    return part === null || part === on ? `#${anchor}` : `${this.urls[part - 1]}#${anchor}`;
  }

  /**
   * What part `on`'s script needs to send an address with an anchor on to the part that holds it: the
   * parts' addresses (root-relative) and every anchor that another part holds, by part (none for `on`).
   */
  elsewhere(on: number): AnchorMap {
    const byPart: string[][] = this.urls.map(() => []);
    // `p-N` goes by the block ranges, which say it in a few numbers.
    for (const [anchor, part] of this.#part) if (part !== on && !/^p-\d+$/.test(anchor)) byPart[part - 1]!.push(anchor);
    return { parts: [...this.urls], blocks: this.ranges.map((r) => [r.from + 1, r.to]), anchors: byPart };
  }
}

/** The address of part `n` of the text at `url`: the text's own for part 1, `N/` under it after. */
export const partUrl = (url: string, n: number): string => (n === 1 ? url : `${url}${n}/`);

/** `часть 2 из 5`, for the title and the list of parts. */
export const partLabel = (n: number, count: number): string => `часть ${n} из ${count}`;

/** A line of the list of parts: where it leads, what it holds, whether it is the page itself. */
export interface PartLink {
  n: number;
  href: string;
  /** `¶ 1–120` (paragraphs by their number in the text). */
  range: string;
  /** The headings the part begins or holds (its sections), at most a few. */
  headings: string[];
  current: boolean;
}

/** The parts of a text as its pages list them, and the neighbours of part `on`. */
export interface PartsNav {
  n: number;
  count: number;
  list: PartLink[];
  prev: PartLink | null;
  next: PartLink | null;
}

/** Headings named per part in the list, at most: the rest are in the table of contents. */
const HEADINGS_LISTED = 3;

/** The list of parts as part `on` shows it. `headings[i]` is block i's heading text and level, `null` for another block. */
export function partsNav(
  url: string,
  parts: readonly PartRange[],
  headings: readonly ({ text: string; level: number } | null)[],
  on: number,
): PartsNav {
  const list = parts.map((p, k): PartLink => {
    const inPart = headings.slice(p.from, p.to).filter((h): h is { text: string; level: number } => h !== null);
    const top = Math.min(...inPart.map((h) => h.level));
    // Without the full stop a printed heading ends with, as the list runs them on.
    const shown = inPart.filter((h) => h.level === top).map((h) => h.text.replace(/\.$/, ''));
    return {
      n: k + 1,
      href: partUrl(url, k + 1),
      range: p.to - p.from === 1 ? `¶ ${p.from + 1}` : `¶ ${p.from + 1}–${p.to}`,
      headings: shown.length > HEADINGS_LISTED ? [...shown.slice(0, HEADINGS_LISTED), '…'] : shown,
      current: k + 1 === on,
    };
  });
  return { n: on, count: parts.length, list, prev: list[on - 2] ?? null, next: list[on] ?? null };
}

/**
 * Where a long text is cut (`cutIntoParts`) and which part holds each anchor: a block's anchor, its
 * note marks and correction marks go with the block; a note with the part that first marks it; the
 * notes not marked in the text, the corrections' entries and the page's own sections named in `last`
 * (`legend`, `corrections`) with the last part. A note to the title stays on every part, as the title
 * does. `lead` is what part 1 shows besides its share of the text (the search index's lines), sized with
 * it. One part (and an empty map) without a budget or for a text that fits.
 */
export function cutText(...args: CutTextInput): TextCut {
  const steps = textCut(...args);
  const step = steps.next();
  return step.done ? step.value : finish(steps, cutIntoParts(step.value.blocks, step.value.budget, step.value.lead));
}

/** `cutText`, the texts compressed in Node's thread pool (`cutIntoPartsAsync`; the same cut). */
export async function cutTextAsync(...args: CutTextInput): Promise<TextCut> {
  const steps = textCut(...args);
  const step = steps.next();
  return step.done ? step.value : finish(steps, await cutIntoPartsAsync(step.value.blocks, step.value.budget, step.value.lead));
}

/** What `cutText` is given: the text's blocks, notes and corrections, how they are rendered, the budget, the text's URL, the anchors of its last part and what part 1 carries besides its text. */
type CutTextInput = [
  blocks: readonly Block[],
  notes: readonly Note[],
  corrections: Document['corrections'],
  options: BodyOptions,
  budget: number | undefined,
  url: string,
  last: readonly string[],
  lead?: string | undefined,
];

/** Where a text is cut into parts and which part holds each anchor. */
export interface TextCut {
  ranges: PartRange[];
  map: PartMap;
}

/** What `textCut` asks `cutIntoParts` to cut. */
interface CutAsk {
  blocks: SizedBlock[];
  budget: number;
  lead: number;
}

const finish = (steps: Generator<CutAsk, TextCut, PartRange[]>, ranges: PartRange[]): TextCut => {
  const step = steps.next(ranges);
  if (!step.done) throw new Error('cutText asked twice for a cut');
  return step.value;
};

/** The work of `cutText`: yields the sized blocks to cut (when there is a budget) and is given their parts. */
function* textCut(...[blocks, notes, corrections, options, budget, url, last, lead = '']: CutTextInput): Generator<CutAsk, TextCut, PartRange[]> {
  const whole = [{ from: 0, to: blocks.length }];
  if (budget === undefined) return { ranges: whole, map: new PartMap([url]) };
  const rendered = renderBlocks(blocks, notes, corrections, options);
  const noteText = new Map(rendered.anchors.map((a, i) => [a, notes[i]?.text ?? '']));
  const sized = rendered.html.map((html, i) => ({
    html: [html, ...rendered.marks[i]!.notes.map((a) => noteText.get(a) ?? '')].join(' '),
    heading: blocks[i]!.kind === 'heading' ? (blocks[i]!.level ?? 1) : null,
  }));
  // What part 1 carries besides its text (the search index's lines for the whole text) is sized as a
  // block before the first: a cut never falls before the first block, so it stays on part 1.
  const ranges = (yield { blocks: lead ? [{ html: lead, heading: null }, ...sized] : sized, budget, lead: lead ? 1 : 0 }).map((r) =>
    lead ? { from: Math.max(0, r.from - 1), to: r.to - 1 } : r,
  );
  const map = new PartMap(
    ranges.map((_, k) => partUrl(url, k + 1)),
    ranges,
  );
  if (ranges.length === 1) return { ranges, map };
  ranges.forEach((r, k) => {
    for (let i = r.from; i < r.to; i++) {
      const marks = rendered.marks[i]!;
      map.place(marks.anchor, k + 1);
      for (const a of marks.notes) {
        map.place(`ref-${a}`, k + 1);
        map.place(`note-${a}`, k + 1);
      }
      for (const c of marks.corrections) map.place(correctionIds(c).mark, k + 1);
    }
  });
  const end = ranges.length;
  notes.forEach((note, i) => {
    if (note.on === 'title') return;
    const anchor = rendered.anchors[i] ?? note.n;
    map.place(`note-${anchor}`, end);
    // The marks of the notes to the legend, the publications and the marginalia stand there, on the last part.
    if (note.on === 'legend' || note.on === 'published' || note.on === 'marginalia') map.place(`ref-${anchor}`, end);
  });
  for (const c of corrections) map.place(correctionIds(c.id).entry, end);
  for (const id of last) map.place(id, end);
  return { ranges, map };
}
