/**
 * Pagefind's ranking for this edition (shared by the search page and the search-quality test, so the
 * test measures what readers get). A high `termSimilarity` prefers words close in length to the query
 * word: without it, «Троцкому» is outscored by long reports full of «троцкист…» (same prefix), and the
 * Stalin–Trotsky letters fall out of the first page (docs/search.md, queries q11, q12).
 */
export const RANKING = { termSimilarity: 12 } as const;
