/**
 * The reading text of a body: its blocks' texts in order, separated by a blank line. The one home of the
 * derivation: records store only their blocks, and `text` (search, exports, the published JSON) comes from here.
 */
export function readingText(blocks: readonly { text: string }[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
