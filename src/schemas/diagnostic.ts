/**
 * The parser's messages: a closed set of codes, each with its level, a label for readers and the data
 * it carries. A code that is not listed here does not compile, and every code has a Russian label
 * (the page about the edition shows them), so a new kind of problem is explained when it is added.
 */
import { z } from 'zod';
import { SourceKindSchema } from './source.ts';

const LevelSchema = z.enum(['error', 'warning', 'info']);

/** What every diagnostic has: where in which file, which code, what it says. */
const BaseSchema = z.object({
  level: LevelSchema,
  /** Source file name (relative to the sources folder). */
  file: z.string(),
  /** 1-based line in the source file as given (before any normalisation). */
  line: z.number().int().nonnegative(),
  /** Stable machine-readable code, e.g. `numbering-gap`, `legend-missing`. */
  code: z.string(),
  /** What happened, in English, for the editor at the console. */
  message: z.string(),
  /** Id of the document concerned, if any. */
  document: z.string().nullable().default(null),
  /**
   * Set when a reviewed entry of `content/acknowledged-diagnostics.json` accepts this warning: it
   * stays in the report, but no longer fails `npm run ingest -- --strict`.
   */
  acknowledged: z.object({ /** Why it was accepted, as the entry gives it. */ reason: z.string() }).optional(),
});

/** A code whose diagnostics carry nothing besides their message. */
function plain<const C extends string>(code: C) {
  return BaseSchema.extend({ code: z.literal(code) });
}

/** A code whose diagnostics carry `data`, the values their message names, for readers of the report. */
function withData<const C extends string, D extends z.ZodObject>(code: C, data: D) {
  return BaseSchema.extend({ code: z.literal(code), data });
}

/** A footnote the message is about. */
const NoteData = z.object({
  /** The note's mark as printed: its number (`24`) or a sign (`*`). */
  note: z.string(),
});

const NumberData = z.object({
  /** The document number as printed in the header. */
  number: z.number().int(),
});

/** One message of the parser; its `code` decides what `data` it has. */
export const DiagnosticSchema = z.discriminatedUnion('code', [
  // Reading the files.
  plain('empty-file'),
  plain('encoding'),
  withData('utf8-invalid', z.object({
    /** Column (in characters, 1-based) of the first invalid byte on its line. */
    column: z.number().int().positive(),
    /** That byte, as `0xFF`. */
    byte: z.string(),
    /** Invalid sequences in the whole file. */
    count: z.number().int().positive(),
  })),
  withData('no-sources', z.object({ /** The sources folder. */ folder: z.string() })),
  withData('sidecar-syntax', z.object({ /** Column (1-based) of the JSON syntax error on its line. */ column: z.number().int().positive() })),
  plain('sidecar-invalid'),
  withData('source-missing', z.object({ /** The sidecar that names the missing file. */ sidecar: z.string() })),
  withData('source-outside', z.object({ /** The sidecar whose `file` leads out of the sources folder. */ sidecar: z.string() })),
  plain('source-without-sidecar'),
  withData('source-too-large', z.object({
    /** The file's size in bytes. */
    bytes: z.number().int().nonnegative(),
    /** The largest size read, in bytes. */
    limit: z.number().int().positive(),
  })),
  withData('kind-not-ingested', z.object({ kind: SourceKindSchema })),
  // Page furniture and notes.
  withData('page-number', z.object({ /** The printed page number removed. */ page: z.number().int() })),
  withData('page-count-drift', z.object({
    /** The printed page number. */
    page: z.number().int(),
    /** The page that counting page starts from the previous printed number gives. */
    counted: z.number().int(),
  })),
  plain('separator-defective'),
  withData('note-without-separator', NoteData),
  withData('note-empty', NoteData),
  plain('note-unnumbered'),
  withData('note-unresolved', NoteData),
  withData('note-text-lost', NoteData),
  withData('thesis-number-lost', z.object({ /** The thesis whose number is not printed. */ thesis: z.number().int().positive() })),
  withData('study-unsigned', z.object({ /** The study's title. */ title: z.string() })),
  withData('author-attributed', z.object({
    /** The author the edition names. */
    author: z.string(),
    /** What the attribution rests on. */
    evidence: z.string(),
  })),
  withData('date-attributed', z.object({
    /** The EDTF date the edition gives. */
    edtf: z.string(),
    /** What the date rests on. */
    evidence: z.string(),
  })),
  // Documents and their fields.
  plain('no-documents'),
  plain('no-documents-heading'),
  plain('text-before-first-document'),
  withData('duplicate-number', NumberData.extend({
    /** The line of the first header with this number. */
    first: z.number().int().nonnegative(),
  })),
  plain('duplicate-id'),
  withData('numbering-gap', z.object({
    /** The missing number. */
    number: z.number().int(),
    /** The numbers of the documents found before and after it. */
    after: z.number().int(),
    before: z.number().int(),
  })),
  withData('numbering-gap-recovered', z.object({
    /** The number whose header was lost. */
    number: z.number().int(),
    /** The document after whose legend its text was found. */
    after: z.number().int(),
  })),
  withData('documents-missing', z.object({
    /** The first and last of the numbers the sidecar expects that the source does not yield at its start or end. */
    from: z.number().int(),
    to: z.number().int(),
  })),
  withData('document-out-of-range', NumberData),
  withData('text-after-last-document', z.object({ /** Lines of text that belong to no document. */ lines: z.number().int().positive() })),
  withData('outline-numbering', z.object({
    /** What is numbered: the sections (roman numerals) or the theses of a text. */
    kind: z.enum(['section', 'thesis']),
    /** The number concerned. */
    number: z.number().int(),
    /** Missing before the next one found, printed a second time, or printed after a higher one. */
    problem: z.enum(['missing', 'repeated', 'out-of-order']),
  })),
  withData('outline-entry-unused', z.object({ /** The line the sidecar names (`expect.paragraphOpenings`). */ text: z.string() })),
  plain('title-unterminated'),
  plain('legend-missing'),
  plain('legend-none'),
  plain('text-after-legend'),
  withData('date-differs', z.object({
    /** The title's date, EDTF. */
    title: z.string(),
    /** The closing date of the text as printed, and as EDTF. */
    closing: z.string(),
    closingEdtf: z.string(),
  })),
  plain('date-missing'),
  withData('body-unknown', z.object({
    /** The abbreviation as printed in the title (`ЦРК`), kept as the party's name. */
    abbreviation: z.string(),
  })),
  // After parsing.
  withData('person-id-collision', z.object({
    /** The id both names give. */
    id: z.string(),
    /** The name that has the id, and the other name that would get it too. */
    first: z.string(),
    second: z.string(),
  })),
  withData('correction-unused', z.object({ /** The id of the correction. */ correction: z.string() })),
  plain('line-not-in-records'),
  withData('ocr-undecided', z.object({ /** The word as printed. */ word: z.string() })),
  withData('ocr-review-unused', z.object({ /** The word of `content/ocr-reviewed.json` no candidate is. */ word: z.string() })),
  // Articles: their furniture, references and the capitals the OCR lost.
  withData('running-head', z.object({ /** The running head as printed. */ text: z.string() })),
  plain('abstract-gap'),
  withData('references-unresolved', z.object({ /** How many references the text has. */ count: z.number().int().nonnegative() })),
  withData('capital-restored', z.object({
    /** The word as the OCR gives it. */
    printed: z.string(),
    /** The word as the edition reads it. */
    reading: z.string(),
    /** The rule that decided (see `lost-capitals.ts`). */
    rule: z.string(),
  })),
  withData('capital-present', z.object({ /** The capital the sidecar declares lost. */ letter: z.string() })),
  // The reviewed list of accepted warnings.
  withData('acknowledgement-unused', z.object({ /** The entry's index in the list, from 0. */ entry: z.number().int().nonnegative() })),
  withData('acknowledgement-ambiguous', z.object({
    /** The entry's index in the list, from 0. */
    entry: z.number().int().nonnegative(),
    /** How many warnings it matches. */
    matches: z.number().int(),
  })),
]);

export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type DiagnosticCode = Diagnostic['code'];
export type DiagnosticLevel = z.infer<typeof LevelSchema>;
/** The data a diagnostic of `code` carries, `undefined` for a code that carries none. */
export type DiagnosticData<C extends DiagnosticCode> = Extract<Diagnostic, { code: C }> extends { data: infer D } ? D : undefined;

/**
 * Each code's level and what it means to a reader, in Russian. The level is the code's own: the
 * same kind of problem always weighs the same.
 */
export const DIAGNOSTIC_CODES: { readonly [C in DiagnosticCode]: { readonly level: DiagnosticLevel; readonly label: string } } = {
  'empty-file': { level: 'error', label: 'файл источника пуст' },
  encoding: { level: 'error', label: 'файл источника не в кодировке UTF-8 (похоже, в Windows-1251)' },
  'utf8-invalid': { level: 'error', label: 'в файле источника байты, недопустимые в UTF-8; файл не прочитан' },
  'no-sources': { level: 'error', label: 'в папке источников нет ни одного описания источника' },
  'sidecar-syntax': { level: 'error', label: 'описание источника (файл .json) не является правильным JSON' },
  'sidecar-invalid': { level: 'error', label: 'описание источника (файл .json) неполно или содержит недопустимые значения' },
  'source-missing': { level: 'error', label: 'текстового файла, названного в описании источника, нет' },
  'source-outside': { level: 'error', label: 'описание источника называет файл вне папки источников' },
  'source-without-sidecar': { level: 'error', label: 'у текстового файла в папке источников нет описания (файла .json)' },
  'source-too-large': { level: 'error', label: 'файл источника больше допустимого размера; он не прочитан' },
  'kind-not-ingested': { level: 'info', label: 'источник этого вида пока не разбирается на документы' },
  'page-number': { level: 'info', label: 'номер страницы распознан с искажением или стоит не на месте' },
  'page-count-drift': { level: 'info', label: 'счёт страниц по файлу расходится с напечатанными номерами; дальше используются напечатанные' },
  'separator-defective': { level: 'info', label: 'отделяющая черта примечаний распознана с искажением' },
  'note-without-separator': { level: 'info', label: 'примечание напечатано без отделяющей черты' },
  'note-empty': { level: 'warning', label: 'текст примечания утрачен: строка после его номера продолжает основной текст' },
  'note-unnumbered': { level: 'warning', label: 'в области примечаний строка без номера примечания' },
  'note-unresolved': { level: 'warning', label: 'знак сноски в тексте не найден; примечание оставлено при документе, на странице которого напечатано' },
  'note-text-lost': { level: 'warning', label: 'знак сноски есть в тексте, а текста примечания в файле нет' },
  'thesis-number-lost': { level: 'warning', label: 'номер тезиса не напечатан; тезис определён по соседним номерам' },
  'study-unsigned': { level: 'warning', label: 'исследование не подписано: ни под заголовком, ни в конце нет имени автора' },
  'author-attributed': { level: 'info', label: 'автор в тексте не назван; он указан изданием по свидетельству книги' },
  'date-attributed': { level: 'info', label: 'текст напечатан без даты; дата указана изданием по свидетельству книги' },
  'no-documents': { level: 'error', label: 'в источнике не найдено ни одного документа' },
  'no-documents-heading': { level: 'warning', label: 'нет заголовка «ДОКУМЕНТЫ»: весь файл прочитан как документы' },
  'text-before-first-document': { level: 'warning', label: 'текст перед шапкой первого документа не отнесён ни к одному документу' },
  'duplicate-number': { level: 'error', label: 'номер документа повторяется' },
  'duplicate-id': { level: 'error', label: 'идентификатор документа повторяется' },
  'documents-missing': { level: 'error', label: 'в источнике нет документов, которые объявлены в его описании: файл, вероятно, обрезан' },
  'document-out-of-range': { level: 'error', label: 'номер документа вне диапазона, объявленного в описании источника' },
  'text-after-last-document': { level: 'warning', label: 'текст после последнего документа не относится ни к одному документу' },
  'numbering-gap': { level: 'error', label: 'в нумерации документов пропуск' },
  'numbering-gap-recovered': { level: 'warning', label: 'шапка документа («№ …» и заголовок) утрачена; текст найден, заголовок дан изданием' },
  'outline-numbering': { level: 'warning', label: 'нумерация разделов или тезисов нарушена: номер пропущен, повторён или стоит не по порядку' },
  'outline-entry-unused': { level: 'warning', label: 'строка, которую описание источника велит читать как начало абзаца, в тексте не найдена' },
  'title-unterminated': { level: 'warning', label: 'заголовок не отделён от текста пустой строкой; взяты его первые две строки' },
  'legend-missing': { level: 'error', label: 'архивная легенда не найдена' },
  'legend-none': { level: 'info', label: 'текст из периодического издания: архивной легенды нет' },
  'text-after-legend': { level: 'warning', label: 'после архивной легенды идёт текст; он оставлен в конце документа' },
  'date-differs': { level: 'info', label: 'дата в заголовке расходится с датой в конце текста' },
  'body-unknown': { level: 'info', label: 'в заголовке сокращение учреждения, которого издание не знает; оно оставлено как напечатано' },
  'date-missing': { level: 'warning', label: 'дата не найдена ни в заголовке, ни в примечаниях, ни в тексте' },
  'person-id-collision': { level: 'error', label: 'два разных имени дают один идентификатор (адрес страницы лица)' },
  'correction-unused': { level: 'warning', label: 'исправление не нашло в тексте того, что исправляет' },
  'line-not-in-records': { level: 'warning', label: 'меньше половины строки источника вошло в записи издания' },
  'ocr-undecided': { level: 'warning', label: 'слово не найдено ни в словаре, ни в других местах корпуса, а решения о нём (исправить, [sic], оставить) нет' },
  'ocr-review-unused': { level: 'warning', label: 'слово из списка проверенных при вычитке больше не встречается среди сомнительных' },
  'running-head': { level: 'info', label: 'колонтитул статьи убран из текста' },
  'abstract-gap': { level: 'info', label: 'в аннотации статьи при распознавании утрачен текст; место отмечено […]' },
  'references-unresolved': { level: 'info', label: 'ссылки в тексте статьи ведут к списку литературы, которого в источнике нет; оставлены нераскрытыми' },
  'capital-restored': { level: 'info', label: 'восстановлена заглавная буква, утраченная при распознавании' },
  'capital-present': { level: 'warning', label: 'заглавная буква, объявленная утраченной, в файле всё же встречается; восстановление может ошибаться' },
  'acknowledgement-unused': { level: 'warning', label: 'принятое замечание из списка проверенных больше не встречается' },
  'acknowledgement-ambiguous': { level: 'warning', label: 'запись списка проверенных замечаний подходит к нескольким замечаниям; ни одно не принято' },
};
