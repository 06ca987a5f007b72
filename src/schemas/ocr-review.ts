import { z } from 'zod';

/** The classes of candidate OCR slips decided by rule (`src/lib/lang/ocr-candidates.ts`, `OcrRule`). */
export const OcrRuleSchema = z.enum(['name', 'abbreviation', 'compound', 'inflection']);

/**
 * `content/ocr-reviewed.json`: the candidate OCR slips read against the source and left as printed,
 * with the reason. A class is decided by rule (the rule applies only when the file gives its reason);
 * other words in groups that share a reason. A word corrected or kept `[sic]` is in `corrections.json` instead.
 */
export const OcrReviewedSchema = z.object({
  rules: z.partialRecord(OcrRuleSchema, z.string().min(10)),
  words: z.array(
    z.object({
      /** Why these words stay as printed (in Russian, shown on the page about the edition). */
      reason: z.string().min(10),
      /** The words as printed (a word broken at a line end: its two halves joined). */
      words: z.array(z.string().min(1)).min(1),
    }),
  ),
});

export type OcrReviewed = z.infer<typeof OcrReviewedSchema>;

/** The counts of the OCR review in `report.json`: every candidate and what became of it. */
export const OcrReportSchema = z.object({
  /** Words the dictionary and the corpus do not know, each place counted. */
  candidates: z.number().int().nonnegative(),
  /** Corrected as OCR slips or misprints (`corrections.json`, kinds `ocr` and `misprint`). */
  corrected: z.number().int().nonnegative(),
  /** Kept as printed and marked `[sic]`. */
  sic: z.number().int().nonnegative(),
  /** Left as printed: by rule, by class (counts per rule) and word by word. */
  asPrinted: z.number().int().nonnegative(),
  byRule: z.record(z.string(), z.number().int().nonnegative()),
  /** Without a decision: each is an `ocr-undecided` warning at its line. */
  undecided: z.number().int().nonnegative(),
});

export type OcrReport = z.infer<typeof OcrReportSchema>;
