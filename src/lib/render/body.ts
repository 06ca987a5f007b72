import type { Element, ElementContent } from 'hast';
import type { Emphasis, FootnoteReference, Heading, Link, Paragraph, PhrasingContent, Root } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Block, Document, Note } from '../../schemas/index.ts';
import { CORRECTION_MARK, noteMarkLabel, PASSAGE_MARK, passageLinkLabel } from './labels.ts';
import { noteAnchors, type NoteAnchors } from './note-anchors.ts';

/** An editorial correction as applied to a record. */
type AppliedCorrection = Document['corrections'][number];

/**
 * A footnote marker in the body: `<sup><a href="#note-N" id="ref-N">N</a></sup>`.
 * The mdast `identifier` carries the anchor, the `label` the mark as printed.
 */
function footnoteReference(_state: State, node: FootnoteReference): Element {
  const anchor = node.identifier;
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: {
      href: (node.data as { href?: string } | undefined)?.href ?? `#note-${anchor}`,
      id: `ref-${anchor}`,
      className: ['note-ref'],
      ariaLabel: noteMarkLabel(node.label ?? anchor),
    },
    children: [{ type: 'text', value: node.label ?? anchor }],
  };
  return { type: 'element', tagName: 'sup', properties: {}, children: [link] satisfies ElementContent[] };
}

/** A stretch of a block that an editorial correction changed: `[start, end)` in UTF-16 code units. */
interface CorrectionRange {
  id: string;
  start: number;
  end: number;
}

/**
 * A stretch of a block rendered as a link of its own (`[start, end)` in UTF-16 code units), such as a
 * study's reference to a list of literature the source lacks: `<a href id class>(12)</a>`.
 */
export interface LinkSpan {
  start: number;
  end: number;
  href: string;
  id: string;
  className: string;
}

/** How a body's marks are shown: the printed label of a mark whose `n` is an id (a study's `fn-3` is printed `1`), and links in the text. */
export interface BodyOptions {
  label?: (n: string) => string;
  /** Per block, the stretches rendered as links; they must not hold a note mark. */
  links?: readonly (readonly LinkSpan[])[];
  /**
   * How many heading levels the page itself takes above the text's headings: 1 on a document's and a
   * study's page (the text's sections are `<h2>`, beside the page's own «Содержание», «Примечания»).
   */
  headingOffset?: number;
  /**
   * Which blocks to render, `[from, to)` by index: a part of a long text (src/lib/site/parts.ts). The
   * anchors, the notes' pairing and the corrections' places are still worked out over the whole text,
   * so a block keeps its anchor (`p-250`) and its marks on whichever part shows it. All blocks by default.
   */
  range?: readonly [number, number];
  /**
   * Where a link to an anchor of the text leads (`p-3`, `note-2`, `correction-5`): `#p-3` by default; a
   * part of a long text gives the address of the part that holds the anchor when another part does.
   */
  target?: (anchor: string) => string;
}

/** What the body's renderer put on the page, so a page links back to it without reading the HTML. */
export interface BodyMarks {
  /** Anchors of the note markers in the body (`id="ref-<anchor>"`), in reading order. */
  notes: string[];
  /** Ids of the corrections marked where they stand (`id="correction-ref-<id>"`), in reading order. */
  corrections: string[];
  /** The anchor of each block (`id` of its `<p>` or heading), in the order of the blocks: see {@link passageAnchors}. */
  passages: string[];
}

/** The prefixes of the fragment ids the page makes itself: a block's own anchor may not begin with one. */
const RESERVED_ANCHOR = /^(?:p|note|ref|correction|correction-ref)-/;

/**
 * The anchor of every block, for citing a passage (`/documents/bo-001/#thesis-12`, `…/pt-001/#p-3`):
 * the block's own `anchor` where the text numbers it (a section, a thesis), otherwise `p-N`, N the
 * block's place among the blocks of the text, from 1. The number follows the text alone, so an
 * anchor moves only when the text's blocks change. Throws when two blocks give one anchor, or a
 * block's own anchor could be taken for one the page makes (`p-`, `note-`, `ref-`, `correction-`).
 */
export function passageAnchors(blocks: readonly Block[]): string[] {
  const seen = new Set<string>();
  return blocks.map((block, i) => {
    if (block.anchor !== undefined && RESERVED_ANCHOR.test(block.anchor)) {
      throw new Error(`Block ${i + 1} has the anchor ${block.anchor}, which begins as the page's own anchors do: ${block.text.slice(0, 60)}`);
    }
    const anchor = block.anchor ?? `p-${i + 1}`;
    if (seen.has(anchor)) throw new Error(`Block ${i + 1} repeats the anchor ${anchor}: ${block.text.slice(0, 60)}`);
    seen.add(anchor);
    return anchor;
  });
}

/** The link that ends a block and points at it: `<a href="#p-3" class="passage" aria-label="Ссылка на абзац 3">¶</a>`. */
function passageLink(anchor: string, n: number, heading: boolean): Link {
  return {
    type: 'link',
    // The block's own anchor, always on the page that shows the block.
    url: `#${anchor}`,
    data: { hProperties: { className: ['passage'], ariaLabel: passageLinkLabel(n, heading) } },
    children: [{ type: 'text', value: PASSAGE_MARK }],
  };
}

/**
 * The fragment ids of a correction: its entry in the page's list (`correction-<id>`) and its mark
 * where it stands (`correction-ref-<id>`), which link to each other.
 */
export function correctionIds(id: string): { entry: string; mark: string } {
  return { entry: `correction-${id}`, mark: `correction-ref-${id}` };
}

/** An mdast node rendered as an arbitrary inline element (`<ins>`, `<sup>`) through `data.hName`. */
function inline(tagName: string, properties: Record<string, string | string[]>, children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', data: { hName: tagName, hProperties: properties }, children };
}

/**
 * Where the text corrections stand in the body: the reading the edition put in (`to`), when it occurs
 * exactly once in the whole body. A reading that recurs is not marked, as the place would be a guess;
 * the list of corrections still gives it.
 */
export function correctionRanges(blocks: readonly Block[], corrections: readonly AppliedCorrection[]): CorrectionRange[][] {
  const ranges: CorrectionRange[][] = blocks.map(() => []);
  for (const c of corrections) {
    if (c.field !== 'text' || c.to === '') continue;
    const hits: { block: number; at: number }[] = [];
    blocks.forEach((block, i) => {
      for (let at = block.text.indexOf(c.to); at !== -1; at = block.text.indexOf(c.to, at + 1)) hits.push({ block: i, at });
    });
    const hit = hits[0];
    if (hits.length !== 1 || !hit) continue;
    const list = ranges[hit.block] ?? [];
    const range = { id: c.id, start: hit.at, end: hit.at + c.to.length };
    if (list.some((r) => r.start < range.end && range.start < r.end)) continue;
    list.push(range);
  }
  for (const list of ranges) list.sort((a, b) => a.start - b.start);
  return ranges;
}

/**
 * Split a block's text at its markers (offsets in UTF-16 code units, after which the mark stood)
 * and wrap corrected stretches in `<ins>`, followed by a link to the correction's entry; what it
 * marked (note anchors, correction ids) is added to `marked`.
 */
function phrasing(
  block: Block,
  anchors: readonly string[],
  ranges: readonly CorrectionRange[],
  marked: BodyMarks,
  options: BodyOptions = {},
  links: readonly LinkSpan[] = [],
): PhrasingContent[] {
  const marks = block.notes
    .map((mark, i) => ({ ...mark, anchor: anchors[i] ?? mark.n, i }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  for (const mark of marks) {
    if (mark.at > block.text.length) {
      throw new RangeError(
        `Note mark ${mark.n} at ${mark.at} is beyond the end of the block (${block.text.length}): ${block.text.slice(0, 60)}`,
      );
    }
  }
  const cuts = [...new Set([0, block.text.length, ...marks.map((m) => m.at), ...ranges.flatMap((r) => [r.start, r.end]), ...links.flatMap((l) => [l.start, l.end])])]
    .filter((at) => at <= block.text.length)
    .sort((a, b) => a - b);

  // The flat sequence: text between cuts, each marker after the text that ends at its offset.
  type Item = { node: PhrasingContent; inside: CorrectionRange | undefined };
  const items: Item[] = [];
  const rangeOfText = (from: number) => ranges.find((r) => r.start <= from && from < r.end);
  const rangeOfMark = (at: number) => ranges.find((r) => r.start < at && at < r.end);
  let m = 0;
  for (const [k, at] of cuts.entries()) {
    for (; m < marks.length && marks[m]!.at === at; m++) {
      const mark = marks[m]!;
      marked.notes.push(mark.anchor);
      items.push({
        node: {
          type: 'footnoteReference',
          identifier: mark.anchor,
          label: options.label?.(mark.n) ?? mark.n,
          ...(options.target ? { data: { href: options.target(`note-${mark.anchor}`) } as FootnoteReference['data'] } : {}),
        },
        inside: rangeOfMark(mark.at),
      });
    }
    const next = cuts[k + 1];
    if (next !== undefined && next > at) {
      const value = block.text.slice(at, next);
      const link = links.find((l) => l.start <= at && at < l.end);
      const node: PhrasingContent = link
        ? { type: 'link', url: link.href.startsWith('#') && options.target ? options.target(link.href.slice(1)) : link.href, data: { hProperties: { id: link.id, className: [link.className] } }, children: [{ type: 'text', value }] }
        : { type: 'text', value };
      items.push({ node, inside: rangeOfText(at) });
    }
  }

  const children: PhrasingContent[] = [];
  let open: { range: CorrectionRange; node: Emphasis } | null = null;
  const close = () => {
    if (!open) return;
    const { id } = open.range;
    const ids = correctionIds(id);
    marked.corrections.push(id);
    children.push(
      inline('sup', { className: ['correction-mark'] }, [
        {
          type: 'link',
          url: options.target ? options.target(ids.entry) : `#${ids.entry}`,
          data: { hProperties: { id: ids.mark, className: ['correction-ref'], ariaLabel: CORRECTION_MARK.ariaLabel } },
          children: [{ type: 'text', value: CORRECTION_MARK.text }],
        },
      ]),
    );
    open = null;
  };
  for (const item of items) {
    if (open && item.inside !== open.range) close();
    if (item.inside && !open) {
      open = { range: item.inside, node: inline('ins', { className: ['correction'] }, []) };
      children.push(open.node);
    }
    if (open) open.node.children.push(item.node);
    else children.push(item.node);
  }
  close();
  return children;
}

/** A body's tree with the note anchors and the marks it holds. */
function build(
  blocks: readonly Block[],
  notes: readonly Note[],
  corrections: readonly AppliedCorrection[],
  options: BodyOptions = {},
): { tree: Root; anchors: NoteAnchors; marked: BodyMarks; ranges: CorrectionRange[][] } {
  const anchors = noteAnchors(blocks, notes);
  const ranges = correctionRanges(blocks, corrections);
  const passages = passageAnchors(blocks);
  const marked: BodyMarks = { notes: [], corrections: [], passages };
  const [from, to] = options.range ?? [0, blocks.length];
  const children = blocks.slice(from, to).map((block, k): Paragraph | Heading => {
    const i = from + k;
    const id = passages[i]!;
    const content = [
      ...phrasing(block, anchors.marks[i] ?? [], ranges[i] ?? [], marked, options, options.links?.[i]),
      passageLink(id, i + 1, block.kind === 'heading'),
    ];
    if (block.kind === 'heading') {
      // Below the page's own headings: a heading of the text's first level is an <h2> on a document's page.
      const depth = Math.min(6, (block.level ?? 1) + (options.headingOffset ?? 1)) as Heading['depth'];
      return { type: 'heading', depth, children: content, data: { hProperties: { id } } };
    }
    return { type: 'paragraph', children: content, data: { hProperties: { id, ...(block.kind === 'line' ? { className: ['line'] } : {}) } } };
  });
  return { tree: { type: 'root', children }, anchors, marked, ranges };
}

/**
 * The mdast tree of a body: one paragraph per block, with its anchor as `id` and a link to it at its
 * end (`passageAnchors`); a `line` block is `<p class="line">`, a `heading` block a heading one level
 * below the page's title.
 */
export function bodyTree(
  blocks: readonly Block[],
  notes: readonly Note[] = [],
  corrections: readonly AppliedCorrection[] = [],
): Root {
  return build(blocks, notes, corrections).tree;
}

const processor = unified()
  .use(remarkRehype, { handlers: { footnoteReference } })
  .use(rehypeStringify);

/** A rendered body: its HTML, the anchor of each note, and what it marked. */
export interface RenderedBody {
  html: string;
  /** Anchor of each note, aligned with the `notes` given (`id="note-<anchor>"`; see `noteAnchors`). */
  anchors: string[];
  marked: BodyMarks;
}

/**
 * Render a document's blocks to HTML. Text is never concatenated into markup:
 * it goes through mdast → hast → HTML, so `<`, `&` and quotes are escaped.
 * Pass the document's `notes` to pair repeated marks (`*`) with the right note, and its
 * `corrections` to mark the readings the edition put into the text (`<ins>` with a link to
 * `#correction-<id>`; the link has `id="correction-ref-<id>"`). What it marked comes back with the
 * HTML, so that the notes and the corrections can link back to their places.
 */
export function renderBody(
  blocks: readonly Block[],
  notes: readonly Note[] = [],
  corrections: readonly AppliedCorrection[] = [],
  options: BodyOptions = {},
): RenderedBody {
  const { tree, anchors, marked } = build(blocks, notes, corrections, options);
  const html = processor.stringify(processor.runSync(tree));
  return { html, anchors: anchors.notes, marked };
}

/** What each block holds besides its text: the anchors of its note marks and the ids of the corrections marked in it. */
export interface BlockMarks {
  /** The block's anchor (`passageAnchors`). */
  anchor: string;
  notes: string[];
  corrections: string[];
}

/**
 * A body block by block, for cutting a long text into parts (src/lib/site/parts.ts): each block's HTML
 * as `renderBody` prints it, and what it marks. The note anchors (aligned with `notes`) as `renderBody` gives them.
 */
export function renderBlocks(
  blocks: readonly Block[],
  notes: readonly Note[] = [],
  corrections: readonly AppliedCorrection[] = [],
  options: BodyOptions = {},
): { html: string[]; marks: BlockMarks[]; anchors: string[] } {
  const { tree, anchors, marked, ranges } = build(blocks, notes, corrections, options);
  const html = tree.children.map((child) => processor.stringify(processor.runSync({ type: 'root', children: [child] })));
  const marks = blocks.map((_, i) => ({
    anchor: marked.passages[i]!,
    notes: anchors.marks[i] ?? [],
    corrections: (ranges[i] ?? []).map((r) => r.id),
  }));
  return { html, marks, anchors: anchors.notes };
}
