import { z } from 'zod';

/**
 * `data/short-i-words.json` (not published): every word with `й` in the documents' indexed texts, in
 * code-unit order, with what the Russian dictionary says of it and how many documents print it. The `й`-forms
 * of the search index are made from these counts, and a form printed only once in the corpus goes to other
 * pages if the dictionary knows it (src/lib/search/short-i.ts). The ingest holds every record and reads the
 * dictionary anyway (the lost capitals, the OCR review), so it writes them, and the pages' build neither
 * reads a dictionary nor reads every text for its words before it makes a search record.
 */
export const ShortIWordsSchema = z.object({
  /** Words the dictionary knows. */
  known: z.array(z.string().min(1)),
  /** Words it does not know. */
  unknown: z.array(z.string().min(1)),
  /** How many documents print each of these words. */
  documents: z.record(z.string().min(1), z.number().int().positive()),
});
export type ShortIWords = z.infer<typeof ShortIWordsSchema>;
