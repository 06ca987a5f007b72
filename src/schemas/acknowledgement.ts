/**
 * `content/acknowledged-diagnostics.json`: the warnings an editor has read and accepted, each with its
 * reason, as a linter keeps a baseline. An accepted warning stays in the report (marked
 * `acknowledged`) but no longer fails `npm run ingest -- --strict`; a new warning still does.
 */
import { z } from 'zod';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic.ts';

/** Only warnings can be accepted: errors always stop the build, notes never do; the list's own warnings cannot accept themselves. */
const ACKNOWLEDGEABLE = (Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]).filter(
  (code) => DIAGNOSTIC_CODES[code].level === 'warning' && !code.startsWith('acknowledgement-'),
);

/**
 * One accepted warning. It is found by what survives a shift of lines in the source: the document
 * it concerns, values of its `data` (a note's mark, a document number) or words of its line; an
 * entry must name at least one of them, and must match exactly one warning.
 */
export const AcknowledgementSchema = z
  .strictObject({
    code: z.enum(ACKNOWLEDGEABLE as [DiagnosticCode, ...DiagnosticCode[]]),
    /** The source file of the warning, as the report names it. */
    file: z.string().min(1),
    /** The id of the document the warning concerns (`pt-051`). */
    document: z.string().min(1).optional(),
    /** Values the warning's `data` must have (`{ "note": "33" }`). */
    data: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .refine((d) => Object.keys(d).length > 0, { message: 'name at least one value' })
      .optional(),
    /** Words of the source line the warning points at, for warnings that name no document and no data. */
    quote: z.string().min(1).optional(),
    /** Why the warning is accepted: what was checked against the printed book (English or Russian). */
    reason: z.string().min(10),
  })
  .refine((a) => a.document !== undefined || a.data !== undefined || a.quote !== undefined, {
    message: 'name the document, data values or a quote of the line, so that the entry survives a shift of lines',
  });

export const AcknowledgementsFileSchema = z.array(AcknowledgementSchema);

export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;
