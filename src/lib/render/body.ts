import type { Element, ElementContent } from 'hast';
import type { FootnoteReference, Paragraph, PhrasingContent, Root } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Block, Note } from '../../schemas/index.ts';
import { noteAnchors } from './note-anchors.ts';

/**
 * A footnote marker in the body: `<sup><a href="#note-N" id="ref-N">N</a></sup>`.
 * The mdast `identifier` carries the anchor, the `label` the mark as printed.
 */
function footnoteReference(_state: State, node: FootnoteReference): Element {
  const anchor = node.identifier;
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href: `#note-${anchor}`, id: `ref-${anchor}`, className: ['note-ref'] },
    children: [{ type: 'text', value: node.label ?? anchor }],
  };
  return { type: 'element', tagName: 'sup', properties: {}, children: [link] satisfies ElementContent[] };
}

/** Split a block's text at its markers (offsets in UTF-16 code units, after which the mark stood). */
function phrasing(block: Block, anchors: readonly string[]): PhrasingContent[] {
  const marks = block.notes
    .map((mark, i) => ({ ...mark, anchor: anchors[i] ?? mark.n, i }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const children: PhrasingContent[] = [];
  let from = 0;
  for (const mark of marks) {
    if (mark.at > block.text.length) {
      throw new RangeError(
        `Note mark ${mark.n} at ${mark.at} is beyond the end of the block (${block.text.length}): ${block.text.slice(0, 60)}`,
      );
    }
    if (mark.at > from) children.push({ type: 'text', value: block.text.slice(from, mark.at) });
    children.push({ type: 'footnoteReference', identifier: mark.anchor, label: mark.n });
    from = mark.at;
  }
  if (from < block.text.length) children.push({ type: 'text', value: block.text.slice(from) });
  return children;
}

/** The mdast tree of a body: one paragraph per block; a `line` block is `<p class="line">`. */
export function bodyTree(blocks: readonly Block[], notes: readonly Note[] = []): Root {
  const { marks } = noteAnchors(blocks, notes);
  const children = blocks.map((block, i): Paragraph => {
    const paragraph: Paragraph = { type: 'paragraph', children: phrasing(block, marks[i] ?? []) };
    if (block.kind === 'line') paragraph.data = { hProperties: { className: ['line'] } };
    return paragraph;
  });
  return { type: 'root', children };
}

const processor = unified()
  .use(remarkRehype, { handlers: { footnoteReference } })
  .use(rehypeStringify);

/**
 * Render a document's blocks to HTML. Text is never concatenated into markup:
 * it goes through mdast → hast → HTML, so `<`, `&` and quotes are escaped.
 * Pass the document's `notes` to pair repeated marks (`*`) with the right note.
 */
export function renderBody(blocks: readonly Block[], notes: readonly Note[] = []): string {
  const hast = processor.runSync(bodyTree(blocks, notes));
  return processor.stringify(hast);
}
