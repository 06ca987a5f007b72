/**
 * The review of candidate OCR slips: every word of the documents' sources that the Russian
 * dictionary and the corpus do not know (`src/lib/lang/ocr-candidates.ts`) must have a decision —
 * corrected or kept `[sic]` by an entry of `content/corrections.json` that names it, left as printed
 * by a rule or word by word in `content/ocr-reviewed.json`. A candidate with none is an
 * `ocr-undecided` warning at its line, so a new slip (a new source, a changed text) fails
 * `npm run ingest -- --strict` until it is read against the book.
 */
import type { Correction, OcrReport, OcrReviewed, Source } from '../../schemas/index.ts';
import { eachOccurrence, findCandidates, vocabulary, type Candidate, type Speller } from '../lang/ocr-candidates.ts';
import { Diagnostics } from './diagnostics.ts';

/** The kinds of source whose text the edition publishes as documents, and so reviews. */
const REVIEWED_KINDS: ReadonlySet<Source['kind']> = new Set(['document-collection', 'single-document']);

/** The decision on a candidate. */
export type OcrDecision =
  | { kind: 'corrected' | 'sic'; correction: string }
  | { kind: 'as-printed'; reason: string; rule: string | null }
  | { kind: 'undecided' };

export interface ReviewedCandidate extends Candidate {
  decision: OcrDecision;
}

/** A source as the review reads it: its record and its lines after look-alike letters were repaired. */
export interface ReviewInput {
  source: Pick<Source, 'kind' | 'file'>;
  lines: ReadonlyArray<{ no: number; text: string }>;
}

/** A word of a correction's printed string, with or without the hyphens of a compound. */
const WORDS = [/[а-яё]+/giu, /[а-яё]+(?:-[а-яё]+)+/giu];

/** The candidates of the reviewed sources with their decisions; the vocabulary is that of all `sources`. */
export function reviewCandidates(
  sources: readonly ReviewInput[],
  corrections: readonly Correction[],
  reviewed: OcrReviewed,
  speller: Speller,
): ReviewedCandidate[] {
  // The words are read twice, once for the vocabulary and once for the candidates, and never held all at once.
  const vocab = vocabulary((function* () {
    for (const s of sources) yield* eachOccurrence(s.source.file, s.lines);
  })());
  const reviewedWords = new Map(reviewed.words.flatMap((g) => g.words.map((w) => [w, g.reason] as const)));
  // A correction decides the words of its printed string (`Си6ири` decides `Си` and `ири`; `соцал-бюрократическое` also whole).
  const byWord = new Map<string, Correction>();
  for (const c of corrections) {
    if (c.kind === 'editorial' || c.field === 'date') continue;
    for (const pattern of WORDS) for (const m of c.from.matchAll(pattern)) byWord.set(m[0], c);
  }
  return sources
    .filter((s) => REVIEWED_KINDS.has(s.source.kind))
    .flatMap((s) => findCandidates(eachOccurrence(s.source.file, s.lines), vocab, speller))
    .map((c) => ({ ...c, decision: decide(c, byWord, reviewedWords, reviewed) }));
}

function decide(c: Candidate, byWord: Map<string, Correction>, words: Map<string, string>, reviewed: OcrReviewed): OcrDecision {
  const correction = byWord.get(c.word);
  if (correction) return { kind: correction.kind === 'sic' ? 'sic' : 'corrected', correction: correction.id };
  const reason = words.get(c.word);
  if (reason) return { kind: 'as-printed', reason, rule: null };
  const ruled = c.rule ? reviewed.rules[c.rule] : undefined;
  if (c.rule && ruled) return { kind: 'as-printed', reason: ruled, rule: c.rule };
  return { kind: 'undecided' };
}

/** The counts for `report.json`. */
export function ocrCounts(candidates: readonly ReviewedCandidate[]): OcrReport {
  const count = (k: OcrDecision['kind']) => candidates.filter((c) => c.decision.kind === k).length;
  const byRule: Record<string, number> = {};
  for (const c of candidates) {
    const key = c.decision.kind === 'as-printed' ? (c.decision.rule ?? 'word') : null;
    if (key) byRule[key] = (byRule[key] ?? 0) + 1;
  }
  return { candidates: candidates.length, corrected: count('corrected'), sic: count('sic'), asPrinted: count('as-printed'), byRule, undecided: count('undecided') };
}

/** An `ocr-undecided` warning per candidate without a decision, an `ocr-review-unused` one per reviewed word no candidate is. */
export function reviewDiagnostics(candidates: readonly ReviewedCandidate[], reviewed: OcrReviewed, reviewedFile: string): Diagnostics[] {
  const byFile = new Map<string, Diagnostics>();
  for (const c of candidates) {
    if (c.decision.kind !== 'undecided') continue;
    const d = byFile.get(c.file) ?? new Diagnostics(c.file);
    byFile.set(c.file, d);
    d.report('ocr-undecided', c.line, `"${c.word}" is in no dictionary and nowhere else in the corpus, and has no decision: "${c.context.slice(0, 70)}"`, {
      data: { word: c.word },
    });
  }
  const seen = new Set(candidates.map((c) => c.word));
  const unused = new Diagnostics(reviewedFile);
  for (const w of reviewed.words.flatMap((g) => g.words)) {
    if (!seen.has(w)) unused.report('ocr-review-unused', 0, `"${w}" is no longer a candidate OCR slip: remove it`, { data: { word: w } });
  }
  return [...byFile.values(), unused];
}
