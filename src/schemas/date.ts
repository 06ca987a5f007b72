import { z } from 'zod';
import { isEdtf } from '../lib/edtf/edtf.ts';


/** Where the normalised date of a document was found. */
export const DateSourceSchema = z.enum(['title', 'footnote', 'text', 'published']);

/**
 * The date of a document as printed and as normalised.
 * @see https://www.loc.gov/standards/datetime/ Extended Date/Time Format
 */
export const DocumentDateSchema = z.object({
  /** EDTF: `1923-02-01`, `1925-04`, `1928-01-09/1928-01-10`, `1924-12~/1925-01~`; `null` when undated. */
  edtf: z
    .string()
    .refine(isEdtf, { message: 'not a valid EDTF date' })
    .nullable(),
  /** The date exactly as printed (in the title, the editor's note or the text); empty when undated. */
  text: z.string(),
  /** Where `edtf` comes from: the editorial title, an editor's footnote on the title, the text itself, or its publication line. */
  source: DateSourceSchema.nullable(),
});

export type DocumentDate = z.infer<typeof DocumentDateSchema>;
