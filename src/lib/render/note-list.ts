/**
 * The list of notes under a text (a document, a source's preface), as the reader sees it: where each
 * note's marker stands when it is not in the text, and a link back to the marker when the page has
 * one. Pure; `note-list.astro` renders it.
 */
import type { Note } from '../../schemas/index.ts';

/** One note of the list. */
export interface NoteItem {
  /** The mark as printed (`12`, `*`). */
  n: string;
  /** The note's anchor: `id="note-<anchor>"` (see `noteAnchors`). */
  anchor: string;
  /** Where the marker stands, said for a note that is not on the text (`К заголовку документа`). */
  where: string | null;
  /** The note's text; `null` when the source lost it. */
  text: string | null;
  /** The link back to the marker (`#ref-<anchor>`) and what it says to a screen reader; `null` when the page has no marker. */
  back: { href: string; label: string } | null;
  /** Stretches of `text` that link to a page of the edition (root-relative `path`; see `cross-links.ts`). */
  links?: readonly { start: number; end: number; path: string; kind: string }[];
}

/** Where a note's marker stands, said for every note that is not on the text. */
const WHERE: Readonly<Record<Note['on'], string | null>> = {
  text: null,
  title: 'К заголовку документа',
  legend: 'К архивной легенде',
  published: 'К сведениям о публикации',
  marginalia: 'К рукописным пометам',
  unplaced: 'Место сноски в тексте не установлено',
};

/** Where the back-link leads. */
const BACK: Readonly<Record<Note['on'], string>> = {
  text: 'к тексту',
  title: 'к заголовку',
  legend: 'к легенде',
  published: 'к сведениям о публикации',
  marginalia: 'к пометам',
  unplaced: 'к тексту',
};

/**
 * The items of a note list. `anchors` is aligned with `notes` (`renderBody(...).anchors`);
 * `referenced` holds the anchors that have a marker on the page (`id="ref-<anchor>"`).
 */
export function noteList(notes: readonly Note[], anchors: readonly string[], referenced: ReadonlySet<string>): NoteItem[] {
  return notes.map((note, i) => {
    const anchor = anchors[i] ?? note.n;
    return {
      n: note.n,
      anchor,
      where: WHERE[note.on],
      text: note.text ? note.text : null,
      back: referenced.has(anchor) ? { href: `#ref-${anchor}`, label: `Вернуться ${BACK[note.on]} (примечание ${note.n})` } : null,
    };
  });
}
