import type { Block, Note } from '../../schemas/index.ts';

/**
 * Fragment-safe anchors for the notes of one document.
 *
 * A note's anchor is its printed mark (`12`, `*`), with `-2`, `-3`, … added when the
 * same mark recurs (signs like `*` may repeat within a document). The note is
 * `id="note-<anchor>"`, its marker in the body `id="ref-<anchor>"`.
 */
export interface NoteAnchors {
  /** Anchor of each note, aligned with the document's `notes`. */
  notes: string[];
  /** Anchor of each marker of the body, aligned with the blocks and their `notes`. */
  marks: string[][];
  /** Anchors that have a marker in the body (so a note can link back to it). */
  referenced: Set<string>;
}

/** Whitespace is not allowed in an `id`; anything else is kept as printed. */
function clean(mark: string): string {
  return mark.trim().replace(/\s+/g, '_');
}

function suffixed(mark: string, seen: Map<string, number>): string {
  const count = (seen.get(mark) ?? 0) + 1;
  seen.set(mark, count);
  return count === 1 ? clean(mark) : `${clean(mark)}-${count}`;
}

/**
 * Pair the body's markers with the notes: the k-th marker `n` of the body is the
 * k-th note `n` printed on the text. A marker without a note keeps an anchor of its own.
 */
export function noteAnchors(blocks: readonly Block[], notes: readonly Note[] = []): NoteAnchors {
  const seen = new Map<string, number>();
  const noteIds = notes.map((note) => suffixed(note.n, seen));

  const queues = new Map<string, string[]>();
  notes.forEach((note, i) => {
    if (note.on !== 'text') return;
    const queue = queues.get(note.n) ?? [];
    queue.push(noteIds[i] ?? clean(note.n));
    queues.set(note.n, queue);
  });

  const taken = new Set(noteIds);
  const referenced = new Set<string>();
  const marks = blocks.map((block) =>
    block.notes.map((mark) => {
      let anchor = queues.get(mark.n)?.shift();
      if (anchor === undefined) {
        // An orphan marker: give it a unique anchor so ids never collide.
        do anchor = suffixed(mark.n, seen);
        while (taken.has(anchor));
      }
      taken.add(anchor);
      referenced.add(anchor);
      return anchor;
    }),
  );

  return { notes: noteIds, marks, referenced };
}
