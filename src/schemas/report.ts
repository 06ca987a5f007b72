import { z } from 'zod';
import { DiagnosticSchema } from './diagnostic.ts';
import { OcrReportSchema } from './ocr-review.ts';

/** A number missing from the sequence of headers and how the parser resolved it. */
export const GapSchema = z.object({
  source: z.string(),
  number: z.number().int(),
  /** `recovered`: found without header (title supplied); `missing`: not found. */
  resolution: z.enum(['recovered', 'missing']),
  line: z.number().int().nonnegative(),
  detail: z.string(),
});

export const CoverageSchema = z.object({
  source: z.string(),
  /** Letters in the documents section of the source (after page furniture was removed). */
  letters: z.number().int().nonnegative(),
  /** Of those, letters that appear in the records. */
  covered: z.number().int().nonnegative(),
  ratio: z.number().min(0).max(1),
});

/** `report.json`: everything the ingest noticed, so nothing is lost silently. */
export const ReportSchema = z.object({
  /**
   * The date of the commit the edition was built from (`SOURCE_DATE_EPOCH`, else the last commit's), ISO 8601 in UTC;
   * `null` when the build could know neither. Never the clock's time, and no duration: two builds of one commit are identical.
   */
  generated: z.string().nullable(),
  documents: z.record(z.string(), z.number().int().nonnegative()),
  diagnostics: z.array(DiagnosticSchema),
  /** Diagnostics counted by code. */
  byCode: z.record(z.string(), z.number().int()),
  gaps: z.array(GapSchema),
  coverage: z.array(CoverageSchema),
  /** Latin look-alike letters replaced inside Cyrillic words, by letter, and in total. */
  latinRepairs: z.object({ total: z.number().int(), byLetter: z.record(z.string(), z.number().int()) }),
  /** Line-end hyphens: joined as one word, kept as a compound. */
  hyphenation: z.object({ joined: z.number().int(), kept: z.number().int() }),
  corrections: z.object({ applied: z.number().int(), unused: z.array(z.string()) }),
  /** The review of candidate OCR slips (`content/ocr-reviewed.json`); `null` when the ingest was run without it. */
  ocr: OcrReportSchema.nullable().default(null),
  /** Straight double quotes set as «» / „“ and spaced hyphens set as en dashes in the reading text. */
  typography: z.object({ quotes: z.number().int(), dashes: z.number().int() }),
  /** Capital letters restored where a source's OCR lost them (`lostCapitals` of its sidecar), by rule and by source. */
  capitals: z.object({
    total: z.number().int(),
    byRule: z.record(z.string(), z.number().int()),
    bySource: z.record(z.string(), z.number().int()),
  }),
});

export type Report = z.infer<typeof ReportSchema>;
