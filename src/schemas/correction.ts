import { z } from 'zod';

/**
 * An editorial correction (`content/corrections.json`): what the edition reads instead of what was printed.
 * Corrections are found by the printed text, never by line numbers, so they survive changes to the file.
 */
export const CorrectionSchema = z.object({
  /** Stable identifier, e.g. `pt-017-date`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Id of the document. */
  document: z.string(),
  /** `date` sets the normalised date; `title`, `text` and `legend` replace a printed string. */
  field: z.enum(['date', 'title', 'text', 'legend']),
  /** The printed string to find (for `date`: the printed date text). */
  from: z.string().min(1),
  /** The replacement (for `date`: an EDTF value). */
  to: z.string().min(1),
  /** Why, with the evidence (in Russian; shown to readers). */
  reason: z.string().min(10),
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
