/**
 * Measures the built search index against the records, with Pagefind's own search code run in
 * Node (scripts/lib/node-index.ts), ranking as the search page does. The numbers in
 * docs/search.md come from here.
 *
 * ```sh
 * npm run build
 * npm run eval:search                        # dist/ and data/ of the project
 * npm run eval:search -- other/dist          # another build (same data/)
 * EDITION_SEARCH_OPTIONS='{"exactDiacritics":true}' npm run eval:search
 * ```
 *
 * Sections: the index (pages, filters, sorts, undated documents in sorted results); `й` recall
 * (every `й`-form of the corpus as a query, against the documents that have a word of the same
 * lexeme); `ё`/`е`; Latin-script names (every form of every person, against the documents of the
 * person); dates as readers type them; the search-quality queries, scored as their browser test
 * scores them (scripts/lib/search-quality.ts); sample queries. Exits non-zero when a check fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RANKING } from '../src/lib/search/contract/pagefind.ts';
import { pad2 } from '../src/lib/edtf/calendar.ts';
import { dateSpan } from '../src/lib/edtf/edtf.ts';
import { MONTHS_GENITIVE, MONTHS_NOMINATIVE } from '../src/lib/lang/months.ts';
import { FILTER_KEYS, SORT_KEYS } from '../src/lib/search/contract/keys.ts';
import { splitName } from '../src/lib/lang/names.ts';
import { documentWords, searchContext, searchRecord, type SearchRecord } from '../src/lib/search/record.ts';
import { englishName, romanizeSurname } from '../src/lib/search/romanize.ts';
import { documentsPrinting, shortIForms } from '../src/lib/search/short-i.ts';
import { isRussianWord } from '../src/lib/lang/spelling.ts';
import type { Document, Person, Source } from '../src/schemas/index.ts';
import { openIndex, type NodeIndex } from './lib/node-index.ts';
import { readWordLists } from './lib/word-lists.ts';
import { mean, QUERIES_FILE, qualityReport, readQualityQueries, runQualityQueries } from './lib/search-quality.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const dataDir = resolve(process.env['EDITION_DATA'] ?? 'data');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;

const documents = read<Document[]>('documents.json');
const persons = read<Person[]>('persons.json');
const sources = read<{ source: Source }[]>('sources.json').map((s) => s.source);
// As the build makes the index (src/lib/search/site.ts): the `й`-forms pass the dictionary.
const isWord = isRussianWord;
const ctx = searchContext(documentsPrinting(documents.map(documentWords)), persons, sources, isWord);
const records = new Map<string, SearchRecord>(documents.map((d) => [d.id, searchRecord(d, ctx)]));

const failures: string[] = [];
const check = (ok: boolean, message: string): void => {
  if (!ok) failures.push(message);
};
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const heading = (s: string): void => console.log(`\n## ${s}\n`);

async function indexSection(index: NodeIndex): Promise<void> {
  heading('Index');
  const filters = await index.filters();
  for (const { key, label } of Object.values(FILTER_KEYS)) {
    const values = filters[key];
    check(values !== undefined, `filter ${key} missing`);
    const entries = Object.entries(values ?? {});
    const sample = entries.slice(0, 4).map(([v, n]) => `${v} (${n})`).join('; ');
    console.log(`- \`${key}\` (${label}): ${entries.length} values, e.g. ${sample}`);
  }
  const documentIds = new Set(documents.map((d) => d.id));
  for (const [key, direction] of [[SORT_KEYS.date, 'asc'], [SORT_KEYS.dateDesc, 'desc']] as const) {
    const pages = await index.ids(null, { sort: { [key]: direction } });
    // Pages other than documents (the preface of a source) sort after them; the check is of the documents,
    // each where its first page stands (a long text's parts are pages of one document).
    const ids = [...new Set(pages.filter((id) => documentIds.has(id)))];
    const undated = documents.filter((d) => d.date.edtf === null).map((d) => d.id);
    const tail = ids.slice(ids.length - undated.length);
    const ok = ids.length === documents.length && undated.every((id) => tail.includes(id));
    check(ok, `sort ${key} ${direction}: ${ids.length} of ${documents.length} documents, undated last: ${ok}`);
    console.log(`- sort \`{ ${key}: '${direction}' }\`: ${pages.length} pages, ${ids.length} of ${documents.length} documents; first ${ids.slice(0, 3).join(', ')}; last ${ids.slice(-3).join(', ')} (undated: ${undated.join(', ') || 'none'})`);
  }
}

/** Every `й`-form of the corpus as a query, against the documents with a word of its lexeme. */
async function shortISection(index: NodeIndex): Promise<void> {
  heading('`й`: recall of inflected forms');
  const docWords = new Map(documents.map((d) => [d.id, documentWords(d)]));
  const byLexeme = new Map<string, Set<string>>();
  for (const [id, words] of docWords) {
    for (const w of words) {
      const lexeme = ctx.stems.lexeme(w);
      let set = byLexeme.get(lexeme);
      if (!set) byLexeme.set(lexeme, (set = new Set()));
      set.add(id);
    }
  }
  // The forms that go to other pages (those of one page that the dictionary lacks stay there).
  const printed = documentsPrinting(docWords.values());
  const forms = [...shortIForms(printed, ctx.stems, isWord).values()].flat();
  const kept = [...shortIForms(printed, ctx.stems).values()].flat().length - forms.length;
  console.log(`${kept} \`й\`-forms printed in one document and unknown to the dictionary stay on their page.`);
  const recalls: number[] = [];
  const extras: number[] = [];
  let full = 0;
  const misses: string[] = [];
  for (const q of forms) {
    const truth = byLexeme.get(ctx.stems.lexeme(q)) ?? new Set<string>();
    const got = new Set(await index.ids(q));
    const hit = [...truth].filter((id) => got.has(id)).length;
    const r = truth.size === 0 ? 1 : hit / truth.size;
    recalls.push(r);
    extras.push([...got].filter((id) => !truth.has(id)).length);
    if (r === 1) full++;
    else misses.push(`${q} ${hit}/${truth.size}`);
  }
  console.log(`${forms.length} queries (the \`й\`-forms of the corpus with a stem of 4+ letters):`);
  console.log(`- mean recall ${mean(recalls).toFixed(3)}; all documents found for ${full} (${pct(full / forms.length)})`);
  console.log(`- mean number of results outside the lexeme: ${mean(extras).toFixed(2)}`);
  if (misses.length > 0) console.log(`- missed, e.g.: ${misses.slice(0, 15).join('; ')}`);
  const examples = ['Троцкий', 'Троцкого', 'Троцкому', 'Зиновьев', 'какой', 'красной', 'красная', 'войны', 'Бойков', 'советской', 'революционной'];
  console.log('\n| query | results | documents with the lexeme | found of them |\n| --- | --- | --- | --- |');
  for (const q of examples) {
    const truth = byLexeme.get(ctx.stems.lexeme(q.toLowerCase())) ?? new Set<string>();
    const got = new Set(await index.ids(q));
    console.log(`| ${q} | ${got.size} | ${truth.size} | ${[...truth].filter((id) => got.has(id)).length} |`);
  }
}

async function yoSection(index: NodeIndex): Promise<void> {
  heading('`ё` and `е`');
  for (const [yo, ye] of [['её', 'ее'], ['ещё', 'еще'], ['всё', 'все'], ['пошёл', 'пошел'], ['Пётр', 'Петр'], ['объём', 'объем']] as const) {
    const a = await index.ids(yo);
    const b = await index.ids(ye);
    const same = a.length === b.length && a.every((id) => b.includes(id));
    check(same, `ё: ${yo} and ${ye} differ`);
    console.log(`- ${yo}: ${a.length}, ${ye}: ${b.length}, same documents: ${same ? 'yes' : 'no'}`);
  }
}

/** The documents of a person by the records (party or named), against each Latin form as a query. */
async function latinSection(index: NodeIndex): Promise<void> {
  heading('Latin-script names');
  const rows: string[] = [];
  const recalls: number[] = [];
  for (const person of persons.filter((p) => p.kind === 'person')) {
    const docs = new Set(
      [...records].filter(([, r]) => [...r.parties, ...r.named].some((n) => n.id === person.id)).map(([id]) => id),
    );
    if (docs.size === 0) continue;
    const { surname } = splitName(person.name);
    const forms = [...new Set([englishName(surname).toLowerCase(), ...romanizeSurname(surname)])];
    const cells: string[] = [];
    for (const form of forms) {
      const got = new Set(await index.ids(form));
      const hit = [...docs].filter((id) => got.has(id)).length;
      const r = hit / docs.size;
      recalls.push(r);
      check(r === 1, `${form}: ${hit} of ${docs.size} documents of ${person.name}`);
      cells.push(`${form} ${hit}/${docs.size}${got.size > hit ? ` (+${got.size - hit})` : ''}`);
    }
    const cyrillic = (await index.ids(surname)).length;
    rows.push(`| ${person.name} | ${docs.size} | ${cyrillic} | ${cells.join(', ')} |`);
  }
  console.log(`mean recall of all Latin forms: ${mean(recalls).toFixed(3)} (${recalls.length} queries)\n`);
  console.log('| person | documents (party or named) | results of the Cyrillic nominative | Latin form: found/documents (+ other results) |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

/** Dates as readers type them: per dated document, its own date forms; per month, the month forms. */
async function dateSection(index: NodeIndex): Promise<void> {
  heading('Dates');
  const kinds = { 'D месяца YYYY': [] as number[], 'DD.MM.YYYY': [] as number[], 'YYYY-MM-DD': [] as number[] };
  const ranks = { 'D месяца YYYY': [] as number[], 'DD.MM.YYYY': [] as number[], 'YYYY-MM-DD': [] as number[] };
  const byMonth = new Map<string, string[]>();
  for (const d of documents) {
    const span = dateSpan(d.date.edtf);
    if (!span) continue;
    if (span.precision !== 'year') {
      const month = span.from.slice(0, 7);
      byMonth.set(month, [...(byMonth.get(month) ?? []), d.id]);
    }
    if (span.precision !== 'day' || span.from !== span.to) continue;
    const [y, m, day] = span.from.split('-').map(Number) as [number, number, number];
    const queries = {
      'D месяца YYYY': `${day} ${MONTHS_GENITIVE[m - 1]} ${y}`,
      'DD.MM.YYYY': `${pad2(day)}.${pad2(m)}.${y}`,
      'YYYY-MM-DD': span.from,
    };
    for (const [kind, q] of Object.entries(queries) as [keyof typeof kinds, string][]) {
      const ids = await index.ids(q);
      const at = ids.indexOf(d.id);
      kinds[kind].push(at >= 0 ? 1 : 0);
      if (at >= 0) ranks[kind].push(at + 1);
    }
  }
  for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
    const found = mean(kinds[kind]);
    check(found === 1, `dates: ${kind} found ${pct(found)}`);
    const r = ranks[kind];
    console.log(`- ${kind}: the document found for ${pct(found)} of ${kinds[kind].length} single-day dates; its rank: median ${r.sort((a, b) => a - b)[Math.floor(r.length / 2)]}, within the documents of that day ${pct(mean(r.map((x) => (x <= 5 ? 1 : 0))))} in the top 5`);
  }
  const monthRecall: number[] = [];
  const monthTop: number[] = [];
  for (const [month, ids] of byMonth) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    for (const q of [`${MONTHS_NOMINATIVE[m - 1]} ${y}`, `${MONTHS_GENITIVE[m - 1]} ${y}`]) {
      const got = await index.ids(q);
      monthRecall.push(ids.filter((id) => got.includes(id)).length / ids.length);
      const top = got.slice(0, ids.length);
      monthTop.push(ids.filter((id) => top.includes(id)).length / ids.length);
    }
  }
  check(mean(monthRecall) === 1, `dates: month recall ${mean(monthRecall)}`);
  console.log(`- «месяц YYYY» and «месяца YYYY» (${monthRecall.length} queries, ${byMonth.size} months): recall ${mean(monthRecall).toFixed(3)}; share of the month's documents among the first n results (n = their number): ${mean(monthTop).toFixed(3)}`);
}

/** The search-quality queries of the /search/ page's browser test, run and scored as that test does. */
async function qualitySection(index: NodeIndex): Promise<void> {
  if (!existsSync(QUERIES_FILE)) return;
  heading('Search-quality queries (tests/search-quality/queries.json)');
  const scored = await runQualityQueries(
    {
      filters: () => index.filters(),
      search: async (query, options) => (await index.hits(query, options)).map((h) => h.id),
      urls: (ids) => index.urls(ids),
      preload: (term) => index.preload(term),
    },
    readQualityQueries(),
    readWordLists(dist),
  );
  console.log(`recall@k and reciprocal rank (RR) within the top k\n\n\`\`\`\n${qualityReport(scored)}\n\`\`\``);
}

async function samples(index: NodeIndex): Promise<void> {
  heading('Sample queries');
  const list: [string, Record<string, unknown>?][] = [
    ['Trotsky'],
    ['Trockij'],
    ['Zinoviev'],
    ['Yagoda'],
    ['Зиновьеву'],
    ['15.09.1927'],
    ['15 сентября 1927'],
    ['1927-09-15'],
    ['сентябрь 1927'],
    ['оппозиция', { filters: { [FILTER_KEYS.fond.key]: 'РГАСПИ, ф. 17', [FILTER_KEYS.year.key]: '1927' } }],
    ['', { filters: { [FILTER_KEYS.month.key]: { any: ['1927-09', '1927-10'] } } }],
  ];
  for (const [q, options] of list) {
    const results = await index.results(q === '' ? null : q, options ?? {});
    const shown = results.slice(0, 8).map((r) => `${r.meta['number'] ?? '?'} (${r.meta['date'] ?? ''})`);
    console.log(`- «${q}»${options ? ` ${JSON.stringify(options)}` : ''}: ${results.length} results; first: ${shown.join(', ')}`);
    if (results[0]) console.log(`  excerpt: ${results[0].excerpt.replace(/\s+/g, ' ').slice(0, 220)}`);
  }
}

if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`no index at ${dist}/pagefind: run npm run build`);
  process.exit(2);
}
/**
 * Search options for the measurement: the search page's ranking, and what `EDITION_SEARCH_OPTIONS`
 * adds or replaces, as JSON (e.g. `{"ranking":{"termSaturation":0.8}}`, `{"ranking":{}}` for
 * Pagefind's defaults).
 */
const searchOptions = { ranking: RANKING, ...(JSON.parse(process.env['EDITION_SEARCH_OPTIONS'] ?? '{}') as Record<string, unknown>) };
console.log(`search options: ${JSON.stringify(searchOptions)}`);
// Searched as the page searches: an index in parts in the parts that find every query word.
const index = await openIndex(dist, searchOptions, readWordLists(dist));
await indexSection(index);
await shortISection(index);
await yoSection(index);
await latinSection(index);
await dateSection(index);
await qualitySection(index);
await samples(index);
if (failures.length > 0) {
  console.log(`\n${failures.length} check(s) failed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exitCode = 1;
}
