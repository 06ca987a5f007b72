/**
 * Candidate OCR slips: words of a source that a Russian spelling dictionary does not know and that
 * the corpus prints nowhere else. A word the corpus prints twice is a word of its time, not a slip
 * (OCR seldom makes the same error twice), so the corpus's own vocabulary widens the dictionary.
 * What remains falls into classes an editor decides by rule (names, abbreviations, compounds of the
 * period, other forms of a printed word) or word by word; `src/lib/ingest/ocr-review.ts` records
 * the decisions. Pure: the dictionary is passed in (`spelling.ts` loads it).
 */

/** A spelling dictionary: whether a word form exists. */
export interface Speller {
  correct(word: string): boolean;
}

/** A word as it stands in a source line. */
export interface Occurrence {
  word: string;
  file: string;
  /** Line of the word's first letter (1-based, as in the file). */
  line: number;
  /** The line around the word, for reading it in place. */
  context: string;
  /** The word ends a line with a hyphen and goes on in the next: `word` is the joined form, broken after this many letters. */
  broken: number | null;
  /** A full stop follows the word, as after an abbreviation (`убежд.`). */
  stop: boolean;
}

/**
 * Classes decided by rule, each with its reason in `content/ocr-reviewed.json`:
 * - `name`: a capitalised word (surnames, places, bodies, periodicals);
 * - `abbreviation`: letters in capitals only (`ЦКК`), a word cut before a full stop that the
 *   corpus prints whole (`убежд.`), a contraction with a hyphen (`г-ну`, `ф-ки`);
 * - `compound`: a prefix of the period's word formation (`парт`, `гос`, `не`, `полу` …) before a word
 *   the dictionary knows (`партактивов`, `небольшевистское`);
 * - `inflection`: another ending of a stem the corpus prints elsewhere (`зиновьевцах` beside `зиновьевцы`).
 */
export type OcrRule = 'name' | 'abbreviation' | 'compound' | 'inflection';

/** A word the dictionary and the corpus do not know, with the class a rule puts it in, if any. */
export interface Candidate extends Occurrence {
  rule: OcrRule | null;
}

/** How often the corpus prints each word form (lower-cased), and how many forms share each stem. */
export interface Vocabulary {
  counts: Map<string, number>;
  /** The number of distinct forms that start with a prefix. */
  stems: (prefix: string) => number;
}

/** A Cyrillic word, with the hyphens of a compound (`по-тогдашнему`). */
const WORD = /[а-яё]+(?:-[а-яё]+)*/giu;
/** A word broken at the line's end: letters and a hyphen, nothing after. */
const BROKEN_END = /([а-яё]+)-$/iu;
/** A contraction written with a hyphen: one to three letters, a hyphen, up to five letters. */
const CONTRACTION = /^[а-яё]{1,3}-[а-яё]{1,5}$/u;
/** The shortest stem the `inflection` rule compares. */
const STEM = 5;

/** Prefixes of the period's word formation (party and state compounds, negation, «half», «pseudo»). */
const PREFIXES = [
  'не', 'анти', 'контр', 'полу', 'лже', 'гос', 'парт', 'проф', 'сов', 'хоз', 'ком', 'обще', 'меж', 'сверх', 'архи',
  'само', 'противо', 'около', 'внутри', 'агит', 'пол', 'нар', 'воен', 'губ', 'окр', 'рай', 'обл', 'ген', 'пред', 'зам',
];

/** The words of `lines` with their places; a word broken by a line-end hyphen is joined to its end. */
export function occurrences(file: string, lines: ReadonlyArray<{ no: number; text: string }>): Occurrence[] {
  return [...eachOccurrence(file, lines)];
}

/** The words of `lines` one by one, as `occurrences` lists them, for reading a large source without holding all of them. */
export function* eachOccurrence(file: string, lines: ReadonlyArray<{ no: number; text: string }>): Generator<Occurrence> {
  let carry: { head: string; line: number; context: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const { no, text } = lines[i]!;
    const context = text.trim();
    if (context === '') continue;
    const matches = [...text.matchAll(WORD)];
    let first = 0;
    if (carry) {
      const m = matches[0];
      if (m && m.index === text.length - text.trimStart().length && /^[а-яё]/u.test(m[0])) {
        yield { word: carry.head + m[0], file, line: carry.line, context: `${carry.context} ${context}`, broken: carry.head.length, stop: text[m.index + m[0].length] === '.' };
        first = 1;
      }
      carry = null;
    }
    const end = text.trimEnd();
    const broken = end.endsWith('-') ? BROKEN_END.exec(end) : null;
    const last = broken ? matches.length - 1 : matches.length;
    for (let k = first; k < last; k++) {
      const m = matches[k]!;
      yield { word: m[0], file, line: no, context, broken: null, stop: text[m.index + m[0].length] === '.' };
    }
    if (broken && last >= first) carry = { head: broken[1]!, line: no, context };
  }
}

/** The vocabulary of every source's words (`occurrences` of all of them). */
export function vocabulary(all: Iterable<Occurrence>): Vocabulary {
  const counts = new Map<string, number>();
  for (const o of all) {
    const w = o.word.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  // The distinct forms in code-unit order (the forms that begin with a prefix stand together), sorted when first asked.
  let sorted: string[] | null = null;
  return { counts, stems: (prefix) => formsWith((sorted ??= [...counts.keys()].sort()), prefix) };
}

/** How many of the `sorted` forms begin with `prefix`: two binary searches for the ends of their run. */
function formsWith(sorted: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const start = lo;
  hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo - start;
}

/** The word is known: to the dictionary (as printed or lower-cased, with ё or е), or printed elsewhere in the corpus. */
function known(word: string, vocab: Vocabulary, speller: Speller): boolean {
  const lower = word.toLowerCase();
  if ((vocab.counts.get(lower) ?? 0) > 1) return true;
  const forms = [word, lower, lower.replace(/ё/g, 'е')];
  if (forms.some((f) => speller.correct(f))) return true;
  // A compound with a hyphen is known when each of its parts is (`лево-циммервальдской` is not: `лево` alone).
  const parts = lower.split('-');
  return parts.length > 1 && parts.every((p) => p.length > 1 && (speller.correct(p) || (vocab.counts.get(p) ?? 0) > 1));
}

/** The rule that decides a word the dictionary and the corpus do not know, or `null`. */
export function ruleFor(o: Occurrence, vocab: Vocabulary, speller: Speller): OcrRule | null {
  const { word } = o;
  const lower = word.toLowerCase();
  if (/^[А-ЯЁ]+$/u.test(word) && word.length > 1) return 'abbreviation';
  if (/^[А-ЯЁ]/u.test(word)) return 'name';
  if (o.stop && o.broken === null && vocab.stems(lower) > 1) return 'abbreviation';
  // A contraction with a hyphen: `г-ну`, `ф-ки`, `х-вом`, `в-пятых`.
  if (CONTRACTION.test(lower)) return 'abbreviation';
  const core = lower.replace(/-/g, '');
  if (PREFIXES.some((p) => core.startsWith(p) && core.length - p.length >= 3 && speller.correct(core.slice(p.length)))) return 'compound';
  const stem = lower.slice(0, Math.max(STEM, lower.length - 3));
  if (stem.length < lower.length && vocab.stems(stem) > 1) return 'inflection';
  return null;
}

/** The candidate slips among `words`: unknown to the dictionary and printed once in the corpus. */
export function findCandidates(words: Iterable<Occurrence>, vocab: Vocabulary, speller: Speller): Candidate[] {
  const out: Candidate[] = [];
  for (const o of words) {
    if (o.word.length < 2 || known(o.word, vocab, speller)) continue;
    // A word broken at a line end may be a compound whose hyphen the line break took.
    if (o.broken !== null && known(`${o.word.slice(0, o.broken)}-${o.word.slice(o.broken)}`, vocab, speller)) continue;
    out.push({ ...o, rule: ruleFor(o, vocab, speller) });
  }
  return out;
}
