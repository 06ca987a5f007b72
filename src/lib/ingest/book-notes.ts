/**
 * Ties the notes of one text of the book to their markers. Arabic footnotes go through `tieNotes`
 * (the marker glued to a word before the note, as in the collection); roman endnotes are printed after
 * the text, so their markers (`оппозиции»,i`, `Россииiii`) are looked for in order from the start,
 * each after the previous one. The `∗` note belongs to the title. An endnote whose marker is not
 * found is reported (`note-unresolved`) and kept.
 */
import { MARK_CLOSE, MARK_OPEN } from './blocks.ts';
import type { BookNote } from './book-reader.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { FlowLine, TextLine } from './furniture.ts';
import { tieNotes } from './markers.ts';

export interface UnitNote {
  /** Unique in the text: `fn-1`, `en-iv`, `title` (a repeated footnote mark gets `-2`, `-3`). */
  id: string;
  mark: string;
  kind: BookNote['kind'];
  text: string;
  page: number | null;
  /** Whether its marker was found in the text. */
  tied: boolean;
}

export interface UnitNotes {
  list: UnitNote[];
  /** The id of the next marker `n` of the body, in reading order. */
  idOf: (n: string) => string;
}

const isText = (l: FlowLine): l is TextLine => l.kind === 'text';

function romanPattern(mark: string): RegExp {
  // Glued to a Cyrillic word or to punctuation, not inside a Latin word or a longer numeral.
  return new RegExp(String.raw`(?<=[\p{Script=Cyrillic}\p{P}])(?<![ivx])${mark}(?![\p{L}])`, 'u');
}

export function tieBookNotes(flow: FlowLine[], notes: BookNote[], diagnostics: Diagnostics, document: string | null): UnitNotes {
  const texts = flow.filter(isText);
  const pageOf = (no: number): number | null => [...texts].reverse().find((l) => l.no < no)?.page ?? texts[0]?.page ?? null;
  const footnotes = notes.filter((n) => n.kind === 'footnote');
  const tied = new Set(tieNotes(flow, footnotes, diagnostics).filter((t) => t.markerLine !== null).map((t) => t.note));
  let cursor = 0;
  for (const note of notes.filter((n) => n.kind === 'endnote')) {
    const pattern = romanPattern(note.n);
    const k = texts.findIndex((l, i) => i >= cursor && pattern.test(l.text));
    if (k < 0) {
      diagnostics.report('note-unresolved', note.no, `no marker found for endnote ${note.n}`, { document, data: { note: note.n } });
      continue;
    }
    texts[k]!.text = texts[k]!.text.replace(pattern, `${MARK_OPEN}${note.n}${MARK_CLOSE}`);
    tied.add(note);
    cursor = k;
  }
  const seen = new Map<string, number>();
  const list = notes.map((note): UnitNote => {
    const base = note.kind === 'title' ? 'title' : `${note.kind === 'endnote' ? 'en' : 'fn'}-${note.n.replace(/[^a-z0-9]/giu, '') || 'x'}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, mark: note.n, kind: note.kind, text: note.text, page: pageOf(note.no), tied: tied.has(note) || note.kind === 'title' };
  });
  const queues = new Map<string, string[]>();
  for (const n of list) if (n.kind !== 'title' && n.tied) queues.set(n.mark, [...(queues.get(n.mark) ?? []), n.id]);
  return { list, idOf: (n) => queues.get(n)?.shift() ?? n };
}
