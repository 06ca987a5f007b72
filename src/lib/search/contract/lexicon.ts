/**
 * The word lists of the index: what the build writes beside the result cards (src/lib/search/
 * lexicon.ts, scripts/lib/search-cards.ts) and the search page reads (src/scripts/search/lexicon.ts),
 * to tell a word the edition has from one it lacks, and to rank the documents that print the
 * query's exact form first. docs/search.md, «Words in no source», has the reasons.
 *
 * Pagefind stems the query and matches it as a prefix of the indexed stems; when no indexed stem
 * begins with it, it searches the longest indexed stem that begins the query (`find_word_extensions`
 * in its `pagefind_web/src/search.rs`), and there are one- and two-letter words (`а`, `п.`, the
 * romanised initials `K.`, `E.`) that most words begin with: «Пушкин», «Knudsen» found documents
 * that have neither. Pagefind's API does not say which word it matched, so the page asks the list:
 * a query word is in the index when some indexed word's stem begins with the word's stem, as
 * Pagefind's own first step asks; when not, Pagefind's results are its fallback, and none are shown.
 *
 * A shard holds the words that begin with the same `SHARD_LETTERS` letters (after folding), each
 * with the pages whose visible text prints it (their Pagefind hashes; for a word printed on many, how
 * many and a file listing them); a word only in the index-only text (a Latin or case form, a date
 * form) has no pages.
 *
 * Pagefind matches a query word's stem as a prefix of the indexed stems, in the index chunks it has
 * loaded, and loads for a word the chunk of its stem and the chunk of the word as typed (chunks are cut
 * at a number of word positions, not at stems): the stems that sort between the two (`оппозиционн…`,
 * between `оппозиц` and `оппозиция`) may fill a chunk between them, whose pages were found only when an
 * earlier search or a preload of the words being typed had loaded it. At ×100 «оппозиция» listed 14,122
 * pages or 14,832 as the reader had typed it. So the lists name the indexed stems that extend each query
 * word (`CheckedQuery.extensions`) and the page loads their chunks before it searches (`loadExtensions`):
 * every search finds what its stem matches, whatever came before it (tests/search-extensions.test.ts).
 *
 * An index in parts (src/lib/search/contract/indexes.ts) falls back part by part: a part that lacks
 * a query word answers with a shorter one while the others answer with the word. So beside each
 * shard, the words that some part does not index, with the parts that do (`partsFile`); the page
 * narrows a search to the parts that have every query word (`CheckedQuery.parts`), and the merged
 * parts list what one index would.
 */
import { inParts } from './indexes.ts';
import type { PagefindFilters } from './pagefind.ts';
import { stemRu } from '../snowball-ru.ts';
import { foldDiacritics as fold } from '../text.ts';

/** Where the shards are served. */
export const WORDS_PATH = '/search/words/';
/** A shard holds the words that begin with these many letters. */
export const SHARD_LETTERS = 3;

/**
 * The pages whose visible text prints a word: their Pagefind hashes (the search results' `id`) when
 * they are at most `INLINE_PAGES`, else how many they are (`n`) and the number of the file that lists
 * them (`f`, see `pagesFile`).
 */
export type WordPages = string[] | { n: number; f: number };

/** Word (lower case, `ё` as `е`, `й` kept) → the pages whose visible text prints it. */
export type WordShard = Record<string, WordPages>;

/**
 * A word printed on more pages than this has its pages in a file of its own, fetched only when the
 * form can lead the results (`RARE_FORM_SHARE`): a shard then grows with the words of the corpus,
 * not with the pages that print them (a common word of a large corpus is printed on thousands).
 */
export const INLINE_PAGES = 32;

/** The file listing the pages of a word of shard `key` with `{ f }`: a JSON array of page hashes. */
export const pagesFile = (key: string, f: number): string => `${key}.${f}.json`;

/**
 * Word → the parts of the index that index it (numbered from 0 in the order of `indexes.json`), for
 * the words of a shard that some part lacks; a word not named is in every part. Written only for an
 * index in parts: a shard with no such word has no file.
 */
export type WordParts = Record<string, number[]>;

/** The file of the words of shard `key` that some part of the index lacks (`WordParts`). */
export const partsFile = (key: string): string => `${key}.parts.json`;

/** How many pages print a word. */
export const printedCount = (pages: WordPages): number => (Array.isArray(pages) ? pages.length : pages.n);

/** A word as the lists keep it: lower case, `ё` read as `е` (the book prints no `ё`), `й` kept. */
export const listForm = (word: string): string => word.toLowerCase().replace(/ё/g, 'е');

/** The stem Pagefind searches for a word: of the folded word. */
export const pagefindStem = (word: string): string => stemRu(fold(listForm(word)));

/** The shard a word (or a stem) belongs to: its first letters after folding, as code points. */
export function shardKey(word: string): string {
  return [...fold(listForm(word))]
    .slice(0, SHARD_LETTERS)
    .map((c) => c.codePointAt(0)!.toString(16))
    .join('-');
}

export const shardFile = (key: string): string => `${key}.json`;

/**
 * The words of a query as Pagefind reads them: split at white space, lower case, punctuation
 * dropped inside a word (`Алма-Ата` → `алмаата`, `15.09.1927` → `15091927`), in list form.
 */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/u)
    .map((w) => listForm(w).replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w !== '');
}

/**
 * Whether the lists can tell about a word: its stem has a whole shard's letters. Shorter words
 * (`ЦК`, `в`) are left to Pagefind: every one of them is a word or an initial of the texts.
 */
export const checkable = (word: string): boolean => [...pagefindStem(word)].length >= SHARD_LETTERS;

/** Whether Pagefind finds the word itself, not its fallback: some listed word's stem begins with its stem. */
export function isIndexed(word: string, shard: WordShard): boolean {
  return matchedWords(word, shard).length > 0;
}

/** The listed words Pagefind searches for a query word, with their stems: those whose stem begins with its stem. */
function matching(word: string, shard: WordShard): Array<[word: string, stem: string]> {
  const stem = pagefindStem(word);
  return stemsOf(shard).filter(([, s]) => s.startsWith(stem));
}

/** The listed words Pagefind searches for a query word. */
const matchedWords = (word: string, shard: WordShard): string[] => matching(word, shard).map(([w]) => w);

/** The indexed stems that begin with a query word's stem (its own among them, when indexed), each once. */
const extendingStems = (word: string, shard: WordShard): string[] => [...new Set(matching(word, shard).map(([, s]) => s))];

const shardStems = new WeakMap<WordShard, Array<[word: string, stem: string]>>();

/** The shard's words with their stems, computed once per shard. */
function stemsOf(shard: WordShard): Array<[word: string, stem: string]> {
  let stems = shardStems.get(shard);
  if (!stems) shardStems.set(shard, (stems = Object.keys(shard).map((w) => [w, pagefindStem(w)])));
  return stems;
}

/**
 * The parts of an index of `parts` that find a query word itself (those indexing a word it matches),
 * or null when every part does. `key` is the shard's key.
 */
async function partsFinding(word: string, shard: WordShard, key: string, lists: WordLists): Promise<Set<number> | null> {
  if (lists.parts <= 1) return null;
  const lacking = await lists.wordParts(key);
  const having = new Set<number>();
  for (const w of matchedWords(word, shard)) {
    const parts = lacking[w];
    if (!parts) return null;
    for (const p of parts) having.add(p);
  }
  return having.size === lists.parts ? null : having;
}

/** Folded forms, for comparing a query word with a printed one (`красной` ≠ `красный`, `её` = `ее`). */
const same = (a: string, b: string): boolean => fold(listForm(a)) === fold(listForm(b));

/**
 * The pages printing a query word in this very form (in any of its spellings the lists tell apart:
 * `её`, `ее`): at least `least` of them and at most `most`, and the pages themselves, read when asked.
 */
export interface Printing {
  least: number;
  most: number;
  pages(): Promise<Set<string>>;
}

/** The pages printing the query word in this very form; `key` is the shard's key. */
export function pagesPrinting(word: string, shard: WordShard, key: string, lists: Pick<WordLists, 'pages'>): Printing {
  const spellings = Object.entries(shard).filter(([w]) => same(w, word)).map(([, pages]) => pages);
  const counts = spellings.map(printedCount);
  return {
    least: Math.max(0, ...counts),
    most: counts.reduce((a, b) => a + b, 0),
    pages: async () => {
      const read = await Promise.all(
        spellings.map(async (p) => {
          if (Array.isArray(p)) return p;
          const list = await lists.pages(key, p.f);
          // A file of another build (a host's stale copy) would make the wrong pages lead.
          if (list.length !== p.n) throw new Error(`${pagesFile(key, p.f)} lists ${list.length} pages, its word ${p.n}`);
          return list;
        }),
      );
      return new Set(read.flat());
    },
  };
}

/**
 * Results in the order the reader asked for relevance: those printing more of the query's words
 * in the form typed first, each group in Pagefind's order. «Троцкая» puts the letters signed
 * «Седова-Троцкая» above the 187 documents that name Троцкий in other forms.
 */
export function exactFirst<T>(results: readonly T[], pageOf: (r: T) => string | undefined, printing: readonly Set<string>[]): T[] {
  if (printing.length === 0) return [...results];
  const held = (r: T): number => {
    const page = pageOf(r);
    return page === undefined ? 0 : printing.filter((pages) => pages.has(page)).length;
  };
  return results
    .map((r, i) => ({ r, i, n: held(r) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.r);
}

/** Letters two words share at their start. */
function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/** Edit distance (Levenshtein), for ordering suggestions. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The words of the shard nearest to a word the index lacks, printed ones first: the longest
 * common start, then the fewest edits. Offered as searches of their own, never as results.
 */
export function nearestWords(word: string, shard: WordShard, limit = 5): string[] {
  const target = fold(listForm(word));
  return Object.entries(shard)
    .filter(([w]) => [...w].length >= 3)
    .map(([w, pages]) => ({ w, printed: printedCount(pages) > 0 ? 0 : 1, start: commonStart(fold(w), target), edits: distance(fold(w), target) }))
    .sort((a, b) => b.start - a.start || a.edits - b.edits || a.printed - b.printed || (a.w < b.w ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.w);
}

/** Where the shards come from: fetched by the page, read from `dist/` by the measurements. */
export interface WordLists {
  /** The shard of a key; an empty one when no indexed word begins so (no file). */
  shard(key: string): Promise<WordShard>;
  /** The pages of a word printed on many (`pagesFile(key, f)`). */
  pages(key: string, f: number): Promise<string[]>;
  /** How many parts the index is in (`indexes.json`); with one, `wordParts` is never asked. */
  parts: number;
  /** The words of a shard some part lacks (`partsFile(key)`); none when the shard has no such file. */
  wordParts(key: string): Promise<WordParts>;
}

/** A query word the index lacks, with the nearest words it has. */
export interface MissingWord {
  word: string;
  nearest: string[];
}

export interface CheckedQuery {
  /** Words of the query in no source: when any, Pagefind's results are its fallback and none are shown. */
  missing: MissingWord[];
  /** Per query word that could be checked, the pages printing it in the form typed. */
  printing: Printing[];
  /**
   * For an index in parts, the parts that find every checked query word itself (from 0, in order):
   * the others answer with Pagefind's fallback, and the search is narrowed to these (`PART_FILTER`,
   * src/lib/search/contract/indexes.ts). Null when every part finds every word (or the index is whole);
   * empty when no part finds them all, so no page has them all.
   */
  parts: number[] | null;
  /**
   * The indexed stems that extend the query's checked words, those of a joined word's parts too (the
   * page searches them apart as well), sorted: their index chunks are loaded before the search
   * (`loadExtensions`), so that it finds every one of them. Words too short to check are Pagefind's alone.
   */
  extensions: string[];
}

/**
 * Loads the index chunks of the stems that extend the query's words (`CheckedQuery.extensions`)
 * before a search: Pagefind loads the chunks of each word's stem and of the word as typed, and would
 * find the stems of a chunk between them only if an earlier search or a preload had loaded it.
 */
export async function loadExtensions(pagefind: { preload(term: string): Promise<void> }, checked: CheckedQuery | null): Promise<void> {
  if (checked && checked.extensions.length > 0) await pagefind.preload(checked.extensions.join(' '));
}

/**
 * A search's filters narrowed to the parts that find every checked query word (`CheckedQuery.parts`,
 * `inParts`); null when no part does. A query with a word in no source is not narrowed: none of its
 * results is listed anyway.
 */
export const narrowedFilters = (filters: PagefindFilters, checked: CheckedQuery | null): PagefindFilters | null =>
  checked && checked.missing.length === 0 ? inParts(filters, checked.parts) : filters;

/** The parts of `b` that are also in `a` (null: every part). */
const within = (a: Set<number> | null, b: Set<number>): Set<number> => (a ? new Set([...a].filter((p) => b.has(p))) : b);

/**
 * Checks each word of a query against the lists. A word joined from parts (`большевиков-ленинцев`)
 * counts as present when the joined word is indexed, or every part is (the page also searches the
 * parts apart); for an index in parts, which parts find every word (`CheckedQuery.parts`).
 */
export async function checkQuery(query: string, lists: WordLists): Promise<CheckedQuery> {
  const missing: MissingWord[] = [];
  const printing: Printing[] = [];
  const extensions = new Set<string>();
  let finders: Set<number> | null = null;
  const shardOf = (w: string) => lists.shard(shardKey(pagefindStem(w)));
  for (const raw of query.split(/\s+/u).filter((w) => w !== '')) {
    const [word] = queryWords(raw);
    if (word === undefined || !checkable(word)) continue;
    const shard = await shardOf(word);
    for (const s of extendingStems(word, shard)) extensions.add(s);
    // A joined word is searched as its parts apart too (src/scripts/search/query.ts, `queryVariants`).
    const pieces = (listForm(raw).match(/[\p{L}\p{N}]+/gu) ?? []).filter(checkable);
    if (pieces.length > 1) for (const p of pieces) for (const s of extendingStems(p, await shardOf(p))) extensions.add(s);
    if (isIndexed(word, shard)) {
      const key = shardKey(pagefindStem(word));
      printing.push(pagesPrinting(word, shard, key, lists));
      const finding = await partsFinding(word, shard, key, lists);
      if (finding) finders = within(finders, finding);
      continue;
    }
    // A word found only as its parts apart (the page searches them so too) narrows no part.
    const piecesFound = pieces.length > 1 && (await Promise.all(pieces.map(async (p) => isIndexed(p, await shardOf(p))))).every(Boolean);
    if (!piecesFound) missing.push({ word: raw, nearest: nearestWords(word, await lists.shard(shardKey(word))) });
  }
  return { missing, printing, parts: finders ? [...finders].sort((a, b) => a - b) : null, extensions: [...extensions].sort() };
}

/**
 * A form typed that few of the documents found print tells what the reader looks for: «Троцкая»,
 * a feminine surname, printed in 2 of the 189 documents of the stem «троцк»; those lead. A form
 * that many print says no more than its lexeme, and Pagefind's relevance keeps the order: moving
 * every document printing «типография» or «Бухарина» above the others lowered the search-quality
 * queries' recall@k from 0.998 to 0.980 and their MRR from 0.966 to 0.954. A form leads when at
 * most one in `RARE_FORM_SHARE` of the documents found prints it (docs/search.md).
 */
export const RARE_FORM_SHARE = 10;

/**
 * What the search page lists of Pagefind's results (by relevance unless `byDate`): nothing when a
 * query word is in no source, else the documents printing the words as typed first. The
 * search-quality measurements order by it too, so they score what readers see.
 */
export async function listedResults<T>(
  query: string,
  results: readonly T[],
  idOf: (r: T) => string,
  lists: WordLists,
  byDate = false,
  checking?: Promise<CheckedQuery>,
): Promise<{ results: T[]; missing: MissingWord[] }> {
  if (query.trim() === '') return { results: [...results], missing: [] };
  const checked = await (checking ?? checkQuery(query, lists));
  if (checked.missing.length > 0) return { results: [], missing: checked.missing };
  if (byDate) return { results: [...results], missing: [] };
  // A form's pages are read only when it may lead: when no spelling of it alone is on too many.
  const mayLead = checked.printing.filter((form) => form.most > 0 && form.least * RARE_FORM_SHARE <= results.length);
  const telling = (await Promise.all(mayLead.map((form) => form.pages()))).filter(
    (pages) => pages.size > 0 && pages.size * RARE_FORM_SHARE <= results.length,
  );
  return { results: exactFirst(results, idOf, telling), missing: [] };
}
