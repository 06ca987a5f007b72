import type { FlowLine, PrintedNote, TextLine } from './furniture.ts';
import { MARK_CLOSE, MARK_OPEN } from './blocks.ts';
import type { Diagnostics } from './diagnostics.ts';

/** How far back (in source lines) a note's marker is looked for: notes may be printed pages after it. */
const REACH = 2500;

/** A note tied to the line that holds its marker. */
export interface TiedNote {
  note: PrintedNote;
  /** Source line of the marker, or null when none was found. */
  markerLine: number | null;
}

function markerPattern(n: string): RegExp {
  if (/^\*+$/.test(n)) return new RegExp(String.raw`(?<=[\p{L}\p{P}])${n.replace(/\*/g, '\\*')}(?!\*)`, 'u');
  // Glued to a word or to punctuation, not part of a number, a date (`1.02.23`) or an abbreviation's number (`ст.107`).
  // Not after `Т.`, `Л.`, `п.`, `стр.`, `кв.`, `№`; not before `-`, `г`, `%` or `.`+digit (`3-го`, `1923г.`).
  return new RegExp(
    String.raw`(?<=[\p{L}»")\].,;:!?])(?<!\d[.,/])(?<!(?:^|[^\p{L}])(?:[ТЛп]|стр|кв)\.)(${n})(?![\d\-г%]|\.\d)`,
    'u',
  );
}

/**
 * Ties every printed note to its marker: the nearest unclaimed occurrence of its mark glued to a word
 * or to punctuation, on a line before the note. Markers are replaced in the line by a placeholder that
 * the block builder turns into a note reference.
 */
export function tieNotes(flow: FlowLine[], notes: PrintedNote[], diagnostics: Diagnostics): TiedNote[] {
  const texts = flow.filter((l): l is TextLine => l.kind === 'text');
  const tied: TiedNote[] = [];
  for (const note of notes) {
    if (!/^(?:\d+|\*+)$/.test(note.n)) {
      tied.push({ note, markerLine: null });
      continue;
    }
    const pattern = markerPattern(note.n);
    let found: TextLine | null = null;
    let cursor = upperBound(texts, note.no) - 1;
    for (; cursor >= 0; cursor--) {
      const line = texts[cursor]!;
      if (note.no - line.no > REACH) break;
      if (pattern.test(line.text)) {
        found = line;
        break;
      }
    }
    if (found) {
      found.text = found.text.replace(pattern, `${MARK_OPEN}${note.n}${MARK_CLOSE}`);
      tied.push({ note, markerLine: found.no });
    } else {
      diagnostics.report('note-unresolved', note.no, `no marker found for footnote ${note.n}`, { data: { note: note.n } });
      tied.push({ note, markerLine: null });
    }
  }
  tieLostNotes(texts, tied, diagnostics);
  return tied;
}

/**
 * Notes are numbered through the book, so a number missing from the printed notes is a note whose text
 * was lost. Its marker is looked for between the markers of its neighbours; found, it becomes a note
 * without text (so the digits do not stay glued to the word), and it is reported.
 */
function tieLostNotes(texts: TextLine[], tied: TiedNote[], diagnostics: Diagnostics): void {
  const numbered = tied.filter((t) => /^\d+$/.test(t.note.n));
  const printed = new Set(numbered.map((t) => Number(t.note.n)));
  const max = Math.max(0, ...printed);
  const markerOf = new Map(numbered.filter((t) => t.markerLine !== null).map((t) => [Number(t.note.n), t.markerLine!]));
  for (let k = 1; k < max; k++) {
    if (printed.has(k)) continue;
    let before = 0;
    for (let j = k - 1; j > 0; j--) if (markerOf.has(j)) { before = markerOf.get(j)!; break; }
    let after = Infinity;
    for (let j = k + 1; j <= max; j++) if (markerOf.has(j)) { after = markerOf.get(j)!; break; }
    const pattern = markerPattern(String(k));
    const line = texts.find((l) => l.no >= before && l.no <= after && pattern.test(l.text));
    if (!line) continue;
    line.text = line.text.replace(pattern, `${MARK_OPEN}${k}${MARK_CLOSE}`);
    const note: PrintedNote = { n: String(k), text: '', no: line.no };
    tied.push({ note, markerLine: line.no });
    markerOf.set(k, line.no);
    diagnostics.report('note-text-lost', line.no, `footnote ${k}: its marker is in the text, its text is not in the source`, { data: { note: note.n } });
  }
}

/** Index of the first line whose number is greater than `no`. */
function upperBound(lines: TextLine[], no: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.no <= no) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
