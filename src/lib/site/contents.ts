/**
 * A long text's table of contents, read from its heading blocks: sections and their subheadings, each
 * linking to the heading's anchor. Numbered theses and paragraphs are not listed (they are many, and
 * each can still be linked to by its own anchor). Pure; shared by the document and the study pages.
 */
import type { Block } from '../../schemas/index.ts';

/** One line of a table of contents: the heading's text, its anchor (`id` on the page) and level (1 = section). */
export interface ContentsEntry {
  text: string;
  anchor: string;
  level: number;
  /** Where the entry links: `#<anchor>`, or the part that holds it for a text in parts; `#<anchor>` when left out. */
  href?: string;
}

/** The headings of `blocks` that have an anchor, in order; empty when a text has none. */
export function tableOfContents(blocks: readonly Block[]): ContentsEntry[] {
  return blocks.flatMap((b) => (b.kind === 'heading' && b.anchor ? [{ text: b.text, anchor: b.anchor, level: b.level ?? 1 }] : []));
}
