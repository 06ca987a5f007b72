/**
 * Pagefind folds diacritics before it stems, and NFD takes `й` apart into `и` + breve: `красной`
 * is stemmed as `краснои` → `красно`, while `красная` stems to `красн`. Pagefind matches a query
 * term as a prefix of the indexed stems, so the query `красной` (term `красно`) no longer finds a
 * page that has only `красная`, `красную`, `красного`; the same for `Троцкий`-like names in
 * `-ий`, adjectives in `-ой`/-`ый`/`-ий`, superlatives in `-ейш-`, participles in `-ющий`.
 * Measured on this corpus: docs/search.md.
 *
 * The remedy, on the index side: a page whose text has a word of the same lexeme (the same
 * Snowball stem, `й` kept) as a `й`-form of the corpus, but no word that such a query would
 * find, gets that `й`-form in an index-only field. The query then finds it as Pagefind would
 * without the folding. Lexemes with a stem of three letters or fewer (`как`, `эт`, `сам`) are
 * left out: function words, and the forms of many unrelated words.
 */
import { stemRu } from './snowball-ru.ts';
import { foldDiacritics, ownString } from './text.ts';

/** Stems of three letters or fewer are not expanded (see the module comment). */
export const MIN_STEM = 4;

/**
 * Memoised stems: the corpus has some 20 000 distinct words, each stemmed twice. A word is kept as a
 * string of its own (`ownString`), and its stem made from that: a word cut from a document's text would
 * keep the whole text for the rest of the build (a heap snapshot of the pages' build at ×10 found the
 * memos holding documents' texts).
 */
export class Stems {
  private readonly plain = new Map<string, string>();
  private readonly folded = new Map<string, string>();

  /** The Snowball stem with `й` kept: the lexeme. */
  lexeme(word: string): string {
    let s = this.plain.get(word);
    if (s === undefined) {
      const own = ownString(word);
      this.plain.set(own, (s = stemRu(own)));
    }
    return s;
  }

  /** The stem Pagefind indexes and searches: after folding `й` → `и`, `ё` → `е`. */
  pagefind(word: string): string {
    let s = this.folded.get(word);
    if (s === undefined) {
      const own = ownString(word);
      this.folded.set(own, (s = stemRu(foldDiacritics(own))));
    }
    return s;
  }
}

/** Lower-case Cyrillic words only: the forms the expansion is about. */
const RUSSIAN = /^[а-яё]+$/;

/** Whether a word can take part in the `й`-forms at all: a Russian word with `й`. The others can be let go early. */
export const hasShortI = (w: string): boolean => w.includes('й') && RUSSIAN.test(w);

/**
 * The `й`-forms of a corpus by lexeme: `красн` → {`красной`, `красный`}. A form goes to other pages
 * only if it exists: the Russian dictionary knows it (`isWord`), or two documents or more print it.
 * A form printed once that the dictionary does not know is a misprint or an OCR slip as often as a
 * rare word («ответственейшие», printed once for «ответственнейшие», was added to 50 pages that
 * print «ответственный»): it stays on its own page. Without `isWord`, every form goes. The corpus is given
 * as how many documents print each word (`documentsPrinting`).
 */
export function shortIForms(printedIn: ReadonlyMap<string, number>, stems = new Stems(), isWord?: (form: string) => boolean): Map<string, string[]> {
  const byLexeme = new Map<string, Set<string>>();
  for (const w of printedIn.keys()) {
    if (!hasShortI(w)) continue;
    const lexeme = stems.lexeme(w);
    if (lexeme.length < MIN_STEM) continue;
    let set = byLexeme.get(lexeme);
    if (!set) byLexeme.set(lexeme, (set = new Set()));
    set.add(w);
  }
  const exists = (w: string): boolean => !isWord || printedIn.get(w)! >= 2 || isWord(w);
  return new Map(
    [...byLexeme].flatMap(([k, v]) => {
      const forms = [...v].filter(exists).sort();
      return forms.length > 0 ? [[k, forms] as [string, string[]]] : [];
    }),
  );
}

/**
 * How many documents print each word with `й`, from each document's words (a set per document): what the
 * `й`-forms are made from. Each word is kept as a string of its own (`ownString`). A count per word, not a set
 * per document: at ×100 the sets were some 1.2 million entries, held by the pages' build to its end.
 */
export function documentsPrinting(corpus: Iterable<ReadonlySet<string>>, into = new Map<string, number>()): Map<string, number> {
  for (const words of corpus) {
    for (const w of words) {
      if (!hasShortI(w)) continue;
      const n = into.get(w);
      if (n === undefined) into.set(ownString(w), 1);
      else into.set(w, n + 1);
    }
  }
  return into;
}

/** Whether some string of the sorted list starts with `prefix` (binary search). */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

/**
 * The `й`-forms to add to one page: those of the page's lexemes that a query would not find on
 * it, i.e. no indexed stem of the page begins with the query's (folded) stem. `words` are the
 * page's words in lower case.
 */
export function missingShortIForms(words: ReadonlySet<string>, forms: ReadonlyMap<string, string[]>, stems = new Stems()): string[] {
  const indexed = [...new Set([...words].map((w) => stems.pagefind(w)))].sort();
  const lexemes = new Set([...words].map((w) => stems.lexeme(w)));
  const out: string[] = [];
  for (const lexeme of lexemes) {
    for (const form of forms.get(lexeme) ?? []) {
      if (!hasPrefix(indexed, stems.pagefind(form))) out.push(form);
    }
  }
  return out.sort();
}
