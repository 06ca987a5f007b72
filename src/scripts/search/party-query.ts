/**
 * Whether a query may name an author and an addressee: the cheap test the search page runs on every
 * query before it loads the correspondence suggestion (parties.ts) and its data.
 */
import { foldWord } from '../../lib/search/contract/parties.ts';

/** The words of a query (letters only: `Троцкого,` → `троцкого`). */
export const queryWords = (q: string): string[] => q.split(/[^\p{L}]+/u).filter((w) => w !== '').map(foldWord);

/** Whether a query could name two parties: two words or more. */
export const mayNameParties = (q: string): boolean => queryWords(q).length >= 2;
