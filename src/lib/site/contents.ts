/** The table of contents of a long text: its headings that carry an anchor, in reading order. Pure. */
import type { Block } from '../../schemas/index.ts';

export interface ContentsEntry {
  text: string;
  anchor: string;
  level: number;
}

export function tableOfContents(blocks: readonly Block[]): ContentsEntry[] {
  return blocks.flatMap((b) => (b.kind === 'heading' && b.anchor ? [{ text: b.text, anchor: b.anchor, level: b.level ?? 1 }] : []));
}
