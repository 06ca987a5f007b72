/**
 * The search-quality queries (tests/search-quality/queries.json) and how they are scored, for the
 * browser test (tests/e2e/search-quality.test.ts: Pagefind in Chromium) and the measurement
 * (scripts/search-eval.ts: Pagefind in Node) alike, so that both give the same numbers.
 *
 * A query runs as the /search/ page runs it: `search(query, { filters })` on an index opened with
 * the page's ranking (`RANKING`, src/lib/search/contract/pagefind.ts; each caller opens its index
 * with it), a period as `month: { any: [...] }` over the months the index has inside it (Pagefind
 * has no range filter). A filter key or value the index lacks is reported and the query not run:
 * Pagefind would ignore the filter and the query pass or fail without it. Each query is scored by
 * recall@k (the share of `expect` in the top k) and the reciprocal rank of the first expected
 * document within the top k.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PagefindFilterCounts, PagefindFilters, PagefindSearchOptions } from '../../src/lib/search/contract/pagefind.ts';
import { FILTER_KEYS } from '../../src/lib/search/contract/keys.ts';
import { checkQuery, listedResults, loadExtensions, narrowedFilters, type WordLists } from '../../src/lib/search/contract/lexicon.ts';
import { monthsInRange } from '../../src/scripts/search/months.ts';
import { idOfUrl } from './node-index.ts';

export const CATEGORIES = ['name', 'latin', 'phrase', 'date', 'filter'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface QualityQuery {
  id: string;
  category: Category;
  query: string;
  /** Pagefind filters, key → values that must all match (Pagefind's default for an array). */
  filters?: Record<string, string[]>;
  /** A date range as months, inclusive: becomes the month filter with `any`. */
  range?: { from: string; to: string };
  /** Document ids that must be among the top k. */
  expect: string[];
  k: number;
  /** How the expectation was verified. */
  why: string;
  /** A gap of the index today, with the reason; reported apart and left out of the floors. */
  known?: string;
}

export const QUERIES_FILE = fileURLToPath(new URL('../../tests/search-quality/queries.json', import.meta.url));

export function readQualityQueries(file = QUERIES_FILE): QualityQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: QualityQuery[] }).queries;
}

/** How deep to look for a missing expected document, for the report only. */
export const DIAGNOSTIC_DEPTH = 30;

const MONTH_FILTER = FILTER_KEYS.month.key;

/** What the runner needs of an index: its filters, a search's result ids, and their URLs. */
export interface QueryIndex {
  filters(): Promise<PagefindFilterCounts>;
  /** Pagefind's result ids (page hashes) of a search, all of them, in Pagefind's order. */
  search(query: string, options: PagefindSearchOptions): Promise<string[]>;
  /** The URLs of the pages of these result ids, in the same order. */
  urls(ids: string[]): Promise<string[]>;
  /** Loads the index chunks of the words of `term` (Pagefind's `preload`). */
  preload(term: string): Promise<void>;
}

export interface Outcome {
  /** Result ids in rank order, up to max(k, DIAGNOSTIC_DEPTH). */
  ids: string[];
  /** Total number of results. */
  total: number;
  /** Filter keys or values the index does not have: the query is not run. */
  unknownFilters: string[];
  error: string | null;
}

export interface Scored extends QualityQuery {
  outcome: Outcome;
  recall: number;
  rr: number;
  /** Rank (1-based) of each expected id within DIAGNOSTIC_DEPTH, or null. */
  ranks: Map<string, number | null>;
}

/** The Pagefind filters of a query, and what of them the index lacks. */
export function queryFilters(q: QualityQuery, available: PagefindFilterCounts): { filters: PagefindFilters; unknown: string[] } {
  const unknown: string[] = [];
  const filters: PagefindFilters = { ...q.filters };
  for (const [key, values] of Object.entries(q.filters ?? {})) {
    const counts = available[key];
    if (!counts) unknown.push(`filter «${key}»`);
    else for (const v of values) if (!(v in counts)) unknown.push(`${key}=«${v}»`);
  }
  if (q.range) {
    const { from, to } = q.range;
    const months = monthsInRange(Object.keys(available[MONTH_FILTER] ?? {}), from, to);
    if (!available[MONTH_FILTER]) unknown.push(`filter «${MONTH_FILTER}»`);
    else if (months.length === 0) unknown.push(`no indexed ${MONTH_FILTER} in ${from}…${to}`);
    filters[MONTH_FILTER] = { any: months };
  }
  return { filters, unknown };
}

export function score(q: QualityQuery, outcome: Outcome): Scored {
  const top = outcome.ids.slice(0, q.k);
  const found = q.expect.filter((id) => top.includes(id));
  const first = top.findIndex((id) => q.expect.includes(id));
  const ranks = new Map(q.expect.map((id) => [id, outcome.ids.includes(id) ? outcome.ids.indexOf(id) + 1 : null]));
  return { ...q, outcome, recall: found.length / q.expect.length, rr: first < 0 ? 0 : 1 / (first + 1), ranks };
}

/**
 * Runs every query, one after another, and scores it. With the site's word lists, the results are
 * those the /search/ page lists (`listedResults`: none for a word in no source, the exact forms first;
 * of an index in parts, those of the parts that find every query word), each found with the chunks of
 * every stem its words extend to (`loadExtensions`), so that no query's results depend on the ones before.
 */
export async function runQualityQueries(index: QueryIndex, queries: readonly QualityQuery[], lists: WordLists | null): Promise<Scored[]> {
  const available = await index.filters();
  const scored: Scored[] = [];
  for (const q of queries) {
    const { filters, unknown } = queryFilters(q, available);
    let outcome: Outcome = { ids: [], total: 0, unknownFilters: unknown, error: null };
    if (unknown.length === 0) {
      try {
        // An index in parts is searched in those that find every query word, as the page searches it.
        const checking = lists ? checkQuery(q.query, lists) : null;
        // Every stem the query's words extend to, whatever chunks the queries before loaded.
        await loadExtensions(index, await checking);
        const narrowed = narrowedFilters(filters, await checking);
        const found = narrowed ? await index.search(q.query, { filters: narrowed }) : [];
        const listed = lists ? (await listedResults(q.query, found, (id) => id, lists, false, checking ?? undefined)).results : found;
        const urls = await index.urls(listed.slice(0, Math.max(q.k, DIAGNOSTIC_DEPTH)));
        // A document once, at its best-ranked page: the parts of a long text are pages of one document.
        outcome = { ...outcome, ids: [...new Set(urls.map(idOfUrl))], total: listed.length };
      } catch (error) {
        outcome = { ...outcome, error: String(error) };
      }
    }
    scored.push(score(q, outcome));
  }
  return scored;
}

export const mean = (xs: number[]): number => (xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const f2 = (x: number): string => (Number.isNaN(x) ? '  – ' : x.toFixed(2));

export function describeQuery(q: QualityQuery): string {
  const parts = [`«${q.query}»`];
  for (const [key, values] of Object.entries(q.filters ?? {})) parts.push(`${key}=${values.join('|')}`);
  if (q.range) parts.push(`${MONTH_FILTER}=${q.range.from}…${q.range.to}`);
  return parts.join(' ');
}

export function missingNote(s: Scored): string {
  if (s.outcome.error) return `error: ${s.outcome.error}`;
  if (s.outcome.unknownFilters.length > 0) return `not in the index: ${s.outcome.unknownFilters.join(', ')}`;
  const missing = s.expect.filter((id) => !s.outcome.ids.slice(0, s.k).includes(id));
  if (missing.length === 0) return '';
  return `missing ${missing.map((id) => `${id}@${s.ranks.get(id) ?? `>${DIAGNOSTIC_DEPTH}`}`).join(' ')} (${s.outcome.total} results)`;
}

function table(rows: Scored[]): string {
  const width = Math.min(60, Math.max(...rows.map((r) => describeQuery(r).length)));
  const head = `${'id'.padEnd(4)} ${'cat'.padEnd(6)} ${'query'.padEnd(width)}  k  recall  RR    note`;
  const lines = rows.map((r) => {
    const text = describeQuery(r);
    const cell = text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
    return `${r.id.padEnd(4)} ${r.category.padEnd(6)} ${cell} ${String(r.k).padStart(2)}  ${f2(r.recall)}    ${f2(r.rr)}  ${missingNote(r)}`;
  });
  return [head, ...lines].join('\n');
}

function totals(rows: Scored[]): string {
  const line = (label: string, rs: Scored[]): string =>
    `${label.padEnd(8)} n=${String(rs.length).padStart(3)}  mean recall@k ${f2(mean(rs.map((r) => r.recall)))}  MRR ${f2(mean(rs.map((r) => r.rr)))}`;
  return [...CATEGORIES.map((c) => line(c, rows.filter((r) => r.category === c))), line('all', rows)].join('\n');
}

/** Per query and per category, the queries marked `known` apart (and flagged when they pass). */
export function qualityReport(scored: Scored[]): string {
  const measured = scored.filter((s) => !s.known);
  const known = scored.filter((s) => s.known);
  const report = [table(measured), '', `Totals without the ${known.length} known gaps:`, totals(measured)];
  if (known.length > 0) {
    report.push('', `Known gaps (${known.length}), left out of the floors:`, table(known));
    report.push(...known.map((k) => `  ${k.id}: ${k.known}${k.recall === 1 ? '  ← passes now: remove "known"' : ''}`));
    report.push('', 'Totals with the known gaps:', totals(scored));
  }
  return report.join('\n');
}
