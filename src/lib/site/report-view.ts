/**
 * The ingest report as readers see it on the page about the edition: the diagnostics that mean
 * something is missing, tied to the documents they concern, explained in Russian. Pure.
 */
import type { Block, Diagnostic, Document, Report } from '../../schemas/index.ts';

/** What each diagnostic code means, in Russian (codes not listed are shown as they are). */
export const DIAGNOSTIC_LABELS: Readonly<Record<string, string>> = {
  'note-empty': 'текст примечания утрачен: строка после его номера продолжает основной текст',
  'note-text-lost': 'знак сноски есть в тексте, а текста примечания в файле нет',
  'note-unresolved': 'знак сноски в тексте не найден; примечание оставлено при документе, на странице которого напечатано',
  'note-without-separator': 'примечание напечатано без отделяющей черты',
  'separator-defective': 'отделяющая черта примечаний распознана с искажением',
  'numbering-gap-recovered': 'шапка документа («№ …» и заголовок) утрачена; текст найден, заголовок дан изданием',
  'numbering-gap': 'в нумерации документов пропуск',
  'date-missing': 'дата не найдена ни в заголовке, ни в примечаниях, ни в тексте',
  'date-differs': 'дата в заголовке расходится с датой в конце текста',
  'legend-none': 'текст из периодического издания: архивной легенды нет',
  'legend-missing': 'архивная легенда не найдена',
  'page-number': 'номер страницы распознан с искажением или стоит не на месте',
  'page-count-drift': 'счёт страниц по файлу расходится с напечатанными номерами; дальше используются напечатанные',
  'kind-not-ingested': 'источник этого вида пока не разбирается на документы',
};

/** The codes that mean a note's text or its marker is missing. */
export const NOTE_CODES = ['note-empty', 'note-text-lost', 'note-unresolved'] as const;

/** The footnote number a diagnostic message names (`footnote 33 has no text` → `33`), or `null`. */
export function footnoteOf(message: string): string | null {
  return /\bfootnote\s+([^\s:,;]+)/i.exec(message)?.[1] ?? null;
}

/** Documents that hold note `n` or a marker `n` in their body. */
export function documentsWithNote(documents: readonly Document[], n: string): Document[] {
  return documents.filter(
    (d) => d.notes.some((note) => note.n === n) || d.blocks.some((b) => b.notes.some((mark) => mark.n === n)),
  );
}

export interface NoteProblem {
  code: string;
  /** The footnote number, when the message names it. */
  n: string | null;
  file: string;
  line: number;
  /** The documents concerned: the diagnostic's own, or those holding the note or its marker. */
  documents: Document[];
  /** Sources whose front matter (preface) holds the marker, when no document does. */
  prefaces: string[];
}

/** The front matter of a source, to look for a note's marker in the preface. */
export interface Preface {
  source: string;
  blocks: readonly Block[];
}

/** Diagnostics of missing note texts and markers, with the documents they concern, in file order. */
export function noteProblems(report: Report, documents: readonly Document[], prefaces: readonly Preface[] = []): NoteProblem[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return report.diagnostics
    .filter((d) => (NOTE_CODES as readonly string[]).includes(d.code))
    .map((d): NoteProblem => {
      const n = footnoteOf(d.message);
      const own = d.document ? byId.get(d.document) : undefined;
      const docs = own ? [own] : n ? documentsWithNote(documents, n) : [];
      const inPreface =
        docs.length === 0 && n
          ? prefaces.filter((p) => p.blocks.some((b) => b.notes.some((mark) => mark.n === n))).map((p) => p.source)
          : [];
      return { code: d.code, n, file: d.file, line: d.line, documents: docs, prefaces: inPreface };
    })
    .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

export interface DateDiscrepancy {
  document: Document;
  /** The EDTF date of the title. */
  title: string;
  /** The closing date of the text as printed. */
  closing: string;
}

/**
 * The `date-differs` diagnostics read back: the title's date and the text's closing date.
 * Messages of another shape are left out.
 */
export function dateDiscrepancies(diagnostics: readonly Diagnostic[], documents: readonly Document[]): DateDiscrepancy[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return diagnostics.flatMap((d) => {
    if (d.code !== 'date-differs' || !d.document) return [];
    const document = byId.get(d.document);
    const m = /title dates (\S+?),? the text closes with «([^»]+)»/.exec(d.message);
    return document && m ? [{ document, title: m[1]!, closing: m[2]! }] : [];
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
