/**
 * The reading text of a body: its blocks' texts in order, separated by a blank line. The one home of the
 * derivation: records store only their blocks, and `text` (search, exports, the published JSON) comes from here.
 */
export function readingText(blocks: readonly { text: string }[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/**
 * Makes `record.text` its blocks' reading text, made anew each time it is read, so that a record held in
 * memory holds its body once, as a stored record does (at 21,500 documents the texts were some 380 MB of
 * the ingest's heap). The property keeps its place among the record's keys, so JSON written from the record
 * is unchanged; it stays enumerable (a copy or `JSON.stringify` reads it) and cannot be assigned: the body
 * is changed through its blocks.
 */
export function deriveReadingText<T extends { text: string; blocks: readonly { text: string }[] }>(record: T): T {
  Object.defineProperty(record, 'text', {
    get(this: T) {
      return readingText(this.blocks);
    },
    enumerable: true,
    configurable: true,
  });
  return record;
}
