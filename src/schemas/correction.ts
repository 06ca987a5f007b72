import { z } from 'zod';

/**
 * An editorial correction (`content/corrections.json`): what the edition reads instead of what was printed.
 * Corrections are found by the printed text, never by line numbers, so they survive changes to the file.
 */
/**
 * What kind of intervention a correction is:
 * - `ocr`: the OCR misread the book; the edition reads what the book prints;
 * - `misprint`: the book (or the document it prints) is wrong and the evidence says what is meant;
 * - `sic`: the book prints a slip that is kept as printed and marked `[sic]` (the reading is not certain enough to change it);
 * - `editorial`: the editor's reading of what the book leaves open (a date read from the text, a title cut short).
 */
export const CorrectionKindSchema = z.enum(['ocr', 'misprint', 'sic', 'editorial']);
export type CorrectionKind = z.infer<typeof CorrectionKindSchema>;

/** The reading a `sic` correction gives: the printed words followed by the editor's mark. */
export const sicReading = (from: string): string => `${from} [sic]`;

const CorrectionFields = z.object({
  /** Stable identifier, e.g. `pt-017-date`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Id of the document. */
  document: z.string(),
  /** `date` sets the normalised date; `title`, `text` and `legend` replace a printed string. */
  field: z.enum(['date', 'title', 'text', 'legend']),
  kind: CorrectionKindSchema,
  /** The printed string to find (for `date`: the printed date text). */
  from: z.string().min(1),
  /** The replacement (for `date`: an EDTF value). */
  to: z.string().min(1),
  /** Why, with the evidence (in Russian; shown to readers). */
  reason: z.string().min(10),
});

export const CorrectionSchema = CorrectionFields.refine((c) => c.kind !== 'sic' || c.to === sicReading(c.from), {
  message: 'a `sic` correction keeps the printed words: its `to` is `from` followed by " [sic]"',
  path: ['to'],
});

export const CorrectionsFileSchema = z.array(CorrectionSchema);
export type Correction = z.infer<typeof CorrectionSchema>;

/** An entry of the name authority (`content/person-names.json`): a name as the parser forms it, and the edition's form. */
export const PersonNameSchema = z.object({
  name: z.string().min(1),
  canonical: z.string().min(1),
  reason: z.string().min(10),
});

export const PersonNamesFileSchema = z.array(PersonNameSchema);
export type PersonName = z.infer<typeof PersonNameSchema>;
