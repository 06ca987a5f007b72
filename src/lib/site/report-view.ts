/**
 * The ingest report as readers see it on the page about the edition: the diagnostics that mean
 * something is missing, tied to the documents they concern, explained in Russian. Pure.
 */
import { DIAGNOSTIC_CODES, type Block, type Diagnostic, type DocumentSummary, type Report } from '../../schemas/index.ts';

/**
 * What each diagnostic code means, in Russian, from the codes' own table (`src/schemas/diagnostic.ts`);
 * keyed by string because the report's counts (`byCode`) are.
 */
export const DIAGNOSTIC_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(DIAGNOSTIC_CODES).map(([code, { label }]) => [code, label]),
);

/** The codes that mean a note's text or its marker is missing. */
export const NOTE_CODES = ['note-empty', 'note-text-lost', 'note-unresolved'] as const;

/** A diagnostic about a missing note text or marker. */
export type NoteDiagnostic = Extract<Diagnostic, { code: (typeof NOTE_CODES)[number] }>;

function isNoteDiagnostic(d: Diagnostic): d is NoteDiagnostic {
  return (NOTE_CODES as readonly string[]).includes(d.code);
}

/** The note marks of a document's body, in order (`33`, `*`). */
export function marksInBody(doc: { blocks: readonly Block[] }): string[] {
  return doc.blocks.flatMap((b) => b.notes.map((mark) => mark.n));
}

/**
 * The note marks of a document's body, by the document: `marksInBody` of its record, or what was gathered
 * from it (the site's lists hold summaries without bodies, `src/lib/site/data.ts`).
 */
export type NoteMarksOf<D extends DocumentSummary> = (doc: D) => readonly string[];

/** Documents that hold note `n` or a marker `n` in their body. */
export function documentsWithNote<D extends DocumentSummary>(documents: readonly D[], n: string, marksOf: NoteMarksOf<D>): D[] {
  return documents.filter((d) => d.notes.some((note) => note.n === n) || marksOf(d).includes(n));
}

export interface NoteProblem {
  code: NoteDiagnostic['code'];
  /** The note's mark (`33`, `*`). */
  n: string;
  file: string;
  line: number;
  /** The documents concerned: the diagnostic's own, or those holding the note or its marker. */
  documents: DocumentSummary[];
  /** Sources whose front matter (preface) holds the marker, when no document does. */
  prefaces: string[];
}

/** The front matter of a source, to look for a note's marker in the preface. */
export interface Preface {
  source: string;
  blocks: readonly Block[];
}

/** Diagnostics of missing note texts and markers, with the documents they concern, in file order. */
export function noteProblems<D extends DocumentSummary>(
  report: Report,
  documents: readonly D[],
  marksOf: NoteMarksOf<D>,
  prefaces: readonly Preface[] = [],
): NoteProblem[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return report.diagnostics
    .filter(isNoteDiagnostic)
    .map((d): NoteProblem => {
      const n = d.data.note;
      const own = d.document ? byId.get(d.document) : undefined;
      const docs = own ? [own] : documentsWithNote(documents, n, marksOf);
      const inPreface =
        docs.length === 0
          ? prefaces.filter((p) => p.blocks.some((b) => b.notes.some((mark) => mark.n === n))).map((p) => p.source)
          : [];
      return { code: d.code, n, file: d.file, line: d.line, documents: docs, prefaces: inPreface };
    })
    .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

export interface DateDiscrepancy {
  document: DocumentSummary;
  /** The EDTF date of the title. */
  title: string;
  /** The closing date of the text as printed. */
  closing: string;
}

/** The `date-differs` diagnostics with their documents: the title's date and the text's closing date. */
export function dateDiscrepancies(diagnostics: readonly Diagnostic[], documents: readonly DocumentSummary[]): DateDiscrepancy[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return diagnostics.flatMap((d) => {
    if (d.code !== 'date-differs' || !d.document) return [];
    const document = byId.get(d.document);
    return document ? [{ document, title: d.data.title, closing: d.data.closing }] : [];
  });
}

/** A share as a Russian percentage: `1` → `100 %`, `0.99814` → `99,81 %`. */
export function percent(ratio: number): string {
  return new Intl.NumberFormat('ru', { style: 'percent', maximumFractionDigits: 2 }).format(ratio);
}

/** A count with Russian digit grouping: `1466058` → `1 466 058`. */
export function number(value: number): string {
  return new Intl.NumberFormat('ru').format(value);
}
