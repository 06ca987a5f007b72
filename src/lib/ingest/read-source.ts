/**
 * The opening stages every parsed source goes through, whatever its kind: page furniture out
 * (`furniture.ts`), then each footnote tied to its marker (`markers.ts`). Decoding and the repair of
 * look-alike letters come before, for every source at once (`ingest.ts`), because the hyphenation
 * evidence is gathered from all of them.
 */
import type { SourceLine } from './decode.ts';
import type { Diagnostics } from './diagnostics.ts';
import { stripFurniture, type FlowLine, type PrintedNote } from './furniture.ts';
import { tieNotes, type TiedNote } from './markers.ts';

/** A source read as running text: what a kind's parser splits into documents. */
export interface SourceReading {
  /** The decoded lines of the file, for the coverage check. */
  lines: SourceLine[];
  /** Running text with its real blank lines; footnote markers replaced by placeholders. */
  flow: FlowLine[];
  /** Footnotes as printed at the page bottoms. */
  notes: PrintedNote[];
  /** The same notes, each with the line of its marker. */
  tied: TiedNote[];
  /** Lines removed as stray page numbers. */
  pageNumbers: number;
}

export function readSource(lines: SourceLine[], diagnostics: Diagnostics): SourceReading {
  const { flow, notes, pageNumbers } = stripFurniture(lines, diagnostics);
  const tied = tieNotes(flow, notes, diagnostics);
  return { lines, flow, notes, tied, pageNumbers };
}
