import { z } from 'zod';
import { DocumentDateSchema } from './date.ts';
import { AppliedCorrectionSchema, BlockSchema } from './document.ts';
import { SlugSchema } from './person.ts';

/**
 * A note of a study: a footnote at a page bottom, an endnote gathered after the text (the book's
 * roman-numbered notes), or the note on a title (`∗`). Notes of a study may restart their numbering on
 * every page, so a note is known by its `id` (unique in the study) and shown by its printed `mark`.
 */
export const StudyNoteSchema = z.object({
  /** Unique in the study; what a block's note mark (`NoteMarkSchema.n`) refers to: `fn-12`, `en-iv`, `p3-1`, `title`. */
  id: SlugSchema,
  /** The mark as printed: `12`, `IV`, `*`. */
  mark: z.string().min(1),
  kind: z.enum(['footnote', 'endnote', 'title']),
  text: z.string(),
  /** Printed page the note stands on, when known. */
  page: z.number().int().positive().nullable(),
});

/**
 * A reference printed in the text to a list of literature the source does not hold (Исаевич's `(1)`…`(48)`):
 * kept in the text as printed and recorded here, so readers see it cannot be resolved.
 */
export const StudyReferenceSchema = z.object({
  /** Unique in the study: `ref-12`. */
  id: SlugSchema,
  /** The number as printed: `12`. */
  mark: z.string().min(1),
  /** The reference as it stands in the text, `(12)` (or a misprint such as `(30;`). */
  printed: z.string().min(1),
  /** Index of the block that holds it, and the offset (UTF-16 code units) where `printed` starts in its text. */
  block: z.number().int().nonnegative(),
  at: z.number().int().nonnegative(),
  /** Printed page it stands on, when known. */
  page: z.number().int().positive().nullable(),
});

/** An abstract as the journal prints it, in its language. */
export const AbstractSchema = z.object({
  lang: z.enum(['ru', 'en']),
  text: z.string().min(1),
});

/**
 * A study: a text about the documents rather than a document of the time — a journal article, a
 * chapter of the book of left-communist studies, a preface, an obituary. The exported contract of
 * `studies.json`.
 */
export const StudySchema = z.object({
  /** Stable id from the source's siglum and a slug of the study's place in it: `lk-preface`, `is-article`. */
  id: SlugSchema,
  /** Id of the source it is printed in. */
  source: SlugSchema,
  /** Its order in the source, from 1. */
  number: z.number().int().positive(),
  kind: z.enum(['annotation', 'preface', 'study', 'obituary', 'article', 'review', 'back-matter']),
  /** The part of the book it belongs to, as printed (`Часть I. …`); `null` when the source has no parts. */
  part: z.string().nullable(),
  title: z.string().min(1),
  /** True when the title is supplied by the edition (the reason in `corrections` or the source's remarks). */
  titleSupplied: z.boolean(),
  /** The title in English when the source prints one. */
  titleEn: z.string().nullable(),
  /** Authors as the text signs or names them, `Фамилия И. О.` where the name is known. */
  authors: z.array(z.string()),
  /** Where the text was first printed, as the source says: `International Review, № 102, 2001`. */
  publication: z.string().nullable(),
  /** The date of writing or first publication, when known. */
  date: DocumentDateSchema.nullable(),
  abstracts: z.array(AbstractSchema),
  keywords: z.array(z.string()),
  /** The text as blocks with their note marks (headings carry `level` and `anchor`). */
  blocks: z.array(BlockSchema),
  notes: z.array(StudyNoteSchema),
  /** The text as a reader sees it, blocks separated by a blank line, note marks removed. */
  text: z.string(),
  /** Printed pages, when known (`start` of the first, `end` of the last). */
  pages: z.object({ start: z.number().int().positive(), end: z.number().int().positive() }).nullable(),
  /** Permanent path of the study's page: `/studies/lk-preface/`. */
  url: z.string().startsWith('/'),
  corrections: z.array(AppliedCorrectionSchema),
  /** References to a list of literature the source lacks, left unresolved (absent when the study has none). */
  references: z.array(StudyReferenceSchema).optional(),
  /** Words whose lost capital letter the edition restored (see `lost-capitals.ts`), absent when none. */
  capitals: z.array(z.object({ printed: z.string(), reading: z.string(), rule: z.enum(['initial', 'acronym', 'sentence', 'dictionary', 'corpus']) })).optional(),
});

export type Study = z.infer<typeof StudySchema>;
export type StudyNote = z.infer<typeof StudyNoteSchema>;
export type StudyReference = z.infer<typeof StudyReferenceSchema>;
