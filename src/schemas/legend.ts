import { z } from 'zod';

/**
 * The archive legend printed under a document: where the original is kept and what it is.
 * Example: `РГАНИ. Ф. 3. Оп. 62. Д. 182. Л. 50–53. Подлинник. Машинопись`.
 */
export const LegendSchema = z.object({
  /** The legend as printed (OCR look-alikes repaired, line breaks joined). */
  text: z.string().min(1),
  /** Archive abbreviation, e.g. `РГАНИ`, `РГАСПИ`, `ЦА ФСБ России`. */
  archive: z.string().nullable(),
  /** Fond number as printed, e.g. `17`, `Р-9401`. */
  fond: z.string().nullable(),
  /** Opis (inventory) number as printed, e.g. `171`, `2с`. */
  opis: z.string().nullable(),
  /** Delo (file) number as printed. */
  delo: z.string().nullable(),
  /** Sheets (листы) as printed, normalised to en dashes and `об.`, e.g. `50–53`, `12 об.`. */
  sheets: z.string().nullable(),
  /** `Подлинник`, `Копия`, `Заверенная копия`, … as printed. */
  authenticity: z.string().nullable(),
  /** `Машинопись`, `Рукопись`, `Автограф`, `Типографский экз.`, … as printed. */
  method: z.string().nullable(),
});

export type Legend = z.infer<typeof LegendSchema>;
