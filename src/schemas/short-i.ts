import { z } from 'zod';

/**
 * `data/short-i-words.json` (not published): what the Russian dictionary says of every word with `й` in the
 * documents' indexed texts, in code-unit order. The search index gives a page a `й`-form printed only once in
 * the corpus if the dictionary knows it (src/lib/search/short-i.ts); the ingest reads the dictionary anyway
 * (the lost capitals, the OCR review), so it writes these verdicts and the pages' build reads no dictionary.
 */
export const ShortIWordsSchema = z.object({
  /** Words the dictionary knows. */
  known: z.array(z.string().min(1)),
  /** Words it does not know. */
  unknown: z.array(z.string().min(1)),
});
export type ShortIWords = z.infer<typeof ShortIWordsSchema>;
