import { z } from 'zod';
import { CorrectionKindSchema, CorrectionSchema } from './correction.ts';
import { DocumentDateSchema } from './date.ts';
import { LegendSchema } from './legend.ts';
import { PersonRefSchema, SlugSchema } from './person.ts';

/** An editorial footnote, printed at the page bottom of the book and tied to its marker. */
export const NoteSchema = z.object({
  /** The mark as printed: the book-wide number (`12`) or a sign (`*`). */
  n: z.string().min(1),
  /** The note's text, lines rejoined. */
  text: z.string(),
  /**
   * Where its marker stands: in the editorial title, the body, the legend, a publication note or the
   * marginalia; `unplaced` when no marker
   * was found and the note is kept with the document on whose page it is printed.
   */
  on: z.enum(['title', 'text', 'legend', 'published', 'marginalia', 'unplaced']),
});

/** Where a footnote marker stood in a block of the body. */
export const NoteMarkSchema = z.object({
  n: z.string().min(1),
  /** Offset (in UTF-16 code units) in the block's `text` after which the marker stood. */
  at: z.number().int().nonnegative(),
});

/**
 * A block of the body as printed: a paragraph (rejoined from several lines),
 * or a line that stands on its own (an address, a grif, a signature, a date, a heading).
 */
export const BlockSchema = z.object({
  kind: z.enum(['paragraph', 'line', 'heading']),
  text: z.string(),
  notes: z.array(NoteMarkSchema),
  /** A heading's depth: 1 for a part or a section as numbered in print (I–V), 2 for what it holds, and so on. */
  level: z.number().int().min(1).max(4).optional(),
  /**
   * A stable anchor the text itself gives, for citing a place in it: a section (`section-3`), a thesis
   * (`thesis-12`). Absent for a block the text does not number.
   */
  anchor: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .optional(),
});

/** An editorial correction applied to a record (from `content/corrections.json`). */
export const AppliedCorrectionSchema = z.object({
  /** Identifier of the entry in the corrections file. */
  id: z.string(),
  /** The record field it changes: `date`, `title`, `text` or `legend`. */
  field: CorrectionSchema.shape.field,
  /** OCR slip corrected, misprint corrected, misprint kept `[sic]`, or the editor's reading. */
  kind: CorrectionKindSchema,
  /** What was printed. */
  from: z.string(),
  /** What the edition reads. */
  to: z.string(),
  /** Why: the evidence, in Russian, shown to readers. */
  reason: z.string(),
});

/** One document of the edition: the exported contract of `documents.json`. */
export const DocumentSchema = z.object({
  /** Stable id from the source's siglum and the number: `pt-001`. */
  id: SlugSchema,
  /** Id of the source volume or text. */
  source: SlugSchema,
  /** The document's number in its source (1 for a source holding a single document). */
  number: z.number().int().positive(),
  /** The editorial title as printed, lines joined (or supplied by the edition, see `titleSupplied`). */
  title: z.string().min(1),
  /** True when the printed title was lost and the edition supplies one. */
  titleSupplied: z.boolean(),
  /** Genre from the title's first words in the nominative: `письмо`, `записка`, `постановление`, … */
  genre: z.string().nullable(),
  authors: z.array(PersonRefSchema),
  addressees: z.array(PersonRefSchema),
  date: DocumentDateSchema,
  /** Place of writing, when the title or text gives one. */
  place: z.string().nullable(),
  /** Secrecy grif as printed: `Секретно`, `Строго секретно`, `Совершенно секретно`, … */
  classification: z.string().nullable(),
  /** Registration or outgoing number as printed: `№ 7495/с`. */
  registration: z.string().nullable(),
  legend: LegendSchema.nullable(),
  /** Publication notes that follow the legend (`Опубликовано: …`). */
  published: z.array(z.string()),
  /** Handwritten marginalia described after the legend (`На первом листе рукописная помета: …`). */
  marginalia: z.array(z.string()),
  notes: z.array(NoteSchema),
  /** The body as a reader sees it: paragraphs rejoined and separated by a blank line, footnote markers removed. */
  text: z.string(),
  /** Permanent path of the document's page, e.g. `/documents/pt-001/`. */
  url: z.string().startsWith('/'),
  /** The body's blocks with their footnote markers, for rendering. */
  blocks: z.array(BlockSchema),
  /** Printed page of the book where the document starts, when known. */
  page: z.number().int().positive().nullable(),
  /** Printed page where it ends (equal to `page` for a document on one page), when known. */
  pageEnd: z.number().int().positive().nullable(),
  /**
   * The page range is reckoned from the page numbers that survive in the source, not read from a number
   * printed on those pages (true for nearly every document: few page numbers survive the OCR).
   */
  pageReckoned: z.boolean(),
  corrections: z.array(AppliedCorrectionSchema),
});

export type Document = z.infer<typeof DocumentSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Note = z.infer<typeof NoteSchema>;

/**
 * A document as the build stores it, one file per record (`data/documents/<id>.json`): the body once,
 * as `blocks`; `text` is derived from them when the record is read (`readingText`).
 */
export const StoredDocumentSchema = DocumentSchema.omit({ text: true });
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

/**
 * What the lists, indexes and cross-links of the site need of every document (`data/documents-index.json`):
 * the record without its body (the notes are kept: they are few and short, and the report pages count them),
 * so that the build holds the corpus's metadata, never its texts.
 */
export const DocumentSummarySchema = DocumentSchema.omit({ text: true, blocks: true });
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;
