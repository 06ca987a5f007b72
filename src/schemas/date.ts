import { z } from 'zod';
import { isEdtf } from '../lib/edtf/edtf.ts';


/** Where the normalised date of a document was found. */
export const DateSourceSchema = z.enum(['title', 'footnote', 'text', 'publication', 'study']);

/**
 * Why the edition's date is not the printed one: `publication` — the title gives only the day the finished
 * text was published (`Черновик статьи … опубликованной в газете «Правда» 2 ноября 1924 г.`), and the
 * document, a draft, was written before it: `../1924-11-02`, «не позднее 2 ноября 1924 г.»; `study` — the text is
 * printed undated and a study of the same book names the occasion it was written for (the brochure «Рабочая
 * оппозиция», «написанной к Х съезду РКП(б) в марте 1921 года»): `../1921-03`, «не позднее марта 1921 г.».
 */
export const DateBasisSchema = z.enum(['publication', 'study']);

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
  /**
   * Where `edtf` comes from: the editorial title, an editor's footnote on the title, the text itself, or
   * (`publication`) where the text was printed: the issue of the periodical that printed an undated text,
   * a program text's source line (`«Коммунист», № 1, 20 апреля 1918 г.`), or (`study`) a study of the same book
   * that says when an undated text was written (`text` then quotes the study).
   */
  source: DateSourceSchema.nullable(),
  /** Set when the date is inferred from the printed one (see {@link DateBasisSchema}); the reason is shown to readers. */
  basis: DateBasisSchema.optional(),
});

export type DocumentDate = z.infer<typeof DocumentDateSchema>;
