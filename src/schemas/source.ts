import { z } from 'zod';
import { BlockSchema } from './document.ts';
import { SlugSchema } from './person.ts';

/** What kind of text a source file holds; decides which parser reads it. */
export const SourceKindSchema = z.enum(['document-collection', 'single-document', 'article', 'book']);

/**
 * The sidecar metadata of a source text (`content/sources/<slug>.json`).
 * Field names follow CSL-JSON where one exists.
 * @see https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
 */
export const SourceSchema = z.object({
  /** Stable identifier, equal to the file name without extension. */
  id: SlugSchema,
  /** Short prefix of the ids of the documents of this source, e.g. `pt` → `pt-001`. */
  siglum: z.string().regex(/^[a-z][a-z0-9]*$/),
  kind: SourceKindSchema,
  /** File name of the OCR text, beside the sidecar; it must stay inside the sources folder. */
  file: z.string().min(1),
  /** Title as in the bibliographic record. */
  title: z.string().min(1),
  /** Short title for lists and citations. */
  shortTitle: z.string().min(1),
  /** Authors, compilers or editors as `Фамилия И. О.`. */
  authors: z.array(z.string()).default([]),
  /** Role of the persons in `authors`. */
  authorRole: z.enum(['author', 'compiler', 'editor']).default('author'),
  /** The containing journal or volume, for articles and texts printed in a periodical. */
  containerTitle: z.string().nullable().default(null),
  publisher: z.string().nullable().default(null),
  place: z.string().nullable().default(null),
  /** Year or EDTF date of publication, as known. */
  issued: z.string().nullable().default(null),
  volume: z.string().nullable().default(null),
  issue: z.string().nullable().default(null),
  pages: z.string().nullable().default(null),
  isbn: z.string().nullable().default(null),
  issn: z.string().nullable().default(null),
  /** The full bibliographic record in Russian (ГОСТ-like), as shown to readers. */
  citation: z.string().min(1),
  /** What is known to be missing from or uncertain about this file. */
  remarks: z.array(z.string()).default([]),
  /** Original name of the file as delivered by the digitisation. */
  originalFile: z.string(),
  /** Capital letters the OCR of this file lost throughout (printed as small letters); the ingest restores them. */
  lostCapitals: z.array(z.string().regex(/^\p{Lu}$/u)).optional(),
  /** Keywords of an article as its journal gives them (the file may not print them; `remarks` says where they are from). */
  keywords: z.array(z.string()).optional(),
});

export type Source = z.infer<typeof SourceSchema>;

/** The largest source file read unless its sidecar allows more (`expect.maxBytes`): 16 MiB, about five times the collection. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

/**
 * What the ingest must find in a source, declared by the editor in its sidecar, so that a file cut
 * off or swollen by accident is an error instead of a smaller or larger edition.
 */
export const SourceExpectSchema = z.strictObject({
  /** The numbers the documents run through, as printed: a file that ends early lacks the last ones. */
  documents: z
    .strictObject({ from: z.number().int().positive(), to: z.number().int().positive() })
    .refine((r) => r.from <= r.to, { message: '"from" must not be greater than "to"' })
    .optional(),
  /** The largest size of the text file in bytes, when it must differ from `MAX_SOURCE_BYTES`. */
  maxBytes: z.number().int().positive().optional(),
  /**
   * Lines of a text with an outline (`src/lib/ingest/outline.ts`) that the OCR lays out as a heading
   * (a sentence that ends at the line's end, after a paragraph end) but that open a paragraph in print:
   * each line as the file gives it, with the evidence. An entry that finds no line is reported.
   */
  paragraphOpenings: z.array(z.strictObject({ text: z.string().min(1), reason: z.string().min(10) })).optional(),
});

/**
 * A sidecar file as the editor writes it: the bibliographic record and what the ingest must find in
 * the text. Only the record (`SourceSchema`) is published; `expect` is a check of the input.
 */
export const SidecarSchema = SourceSchema.extend({ expect: SourceExpectSchema.optional() });

export type SourceExpect = z.infer<typeof SourceExpectSchema>;
export type SourceKind = z.infer<typeof SourceKindSchema>;

/**
 * `sources.json`: each parsed source with its front matter (the preface of the collection),
 * as blocks with footnote markers and the notes they point to.
 */
export const SourceTextSchema = z.object({
  source: SourceSchema,
  frontMatter: z.array(z.lazy(() => BlockSchema)),
  frontNotes: z.array(z.object({ n: z.string(), text: z.string() })),
});

export type SourceText = z.infer<typeof SourceTextSchema>;
