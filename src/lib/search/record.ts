/**
 * Everything a document page gives the search index beyond its visible text: filters, sort keys,
 * result metadata and the index-only text (Latin forms of names, dates as readers type them,
 * the page's parties and particulars), computed from the records alone, so that it is tested
 * without a build. src/components/search-index.astro renders it. See docs/search.md.
 */
import { dateText, edtfLabel } from '../edtf/label.ts';
import type { Document, Person, ShortIWords, Source } from '../../schemas/index.ts';
import { dateForms, filedYear, monthValues, numberKey, sortKeys } from './dates.ts';
import { FILTER_KEYS, KIND_VALUES, META_KEYS, SORT_KEYS } from './contract/keys.ts';
import { splitName, surnameForms } from '../lang/names.ts';
import { documentPersons } from './persons.ts';
import { englishName, romanizedForDisplay, romanizeInitials } from './romanize.ts';
import { documentsPrinting, missingShortIForms, shortIForms, Stems } from './short-i.ts';
import { indexedTexts, words } from './text.ts';

/** The corpus-wide data a page's search record needs, computed once per build. */
export interface SearchContext {
  persons: readonly Person[];
  /** The same persons by id. */
  personsById: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  /** `й`-forms of the corpus by lexeme (see short-i.ts). */
  shortI: ReadonlyMap<string, string[]>;
  stems: Stems;
}

/** The words of a document's indexed texts, lower case. */
export function documentWords(doc: Document): Set<string> {
  return new Set(indexedTexts(doc).flatMap((t) => words(t.toLowerCase())));
}

/**
 * What `isWord` (the Russian dictionary) says of every word with `й` of `documents` (`documentWords`), and how
 * many documents print each: `data/short-i-words.json`.
 */
export function shortIVerdicts(documents: readonly Document[], isWord: (form: string) => boolean): ShortIWords {
  const verdicts: ShortIWords = { known: [], unknown: [], documents: {} };
  // One document's words at a time: a set for every document at once was some 13 million entries at ×100,
  // alive while the ingest held every record.
  const printed = new Map<string, number>();
  for (const doc of documents) documentsPrinting([documentWords(doc)], printed);
  for (const w of [...printed.keys()].sort()) {
    (isWord(w) ? verdicts.known : verdicts.unknown).push(w);
    verdicts.documents[w] = printed.get(w)!;
  }
  return verdicts;
}

/**
 * The dictionary as its verdicts (`shortIVerdicts`), for the `й`-forms' `isWord`. A word they do not hold
 * means that they were made from other records than the pages': an error, naming `file`, not a guess.
 */
export function verdictsDictionary(verdicts: ShortIWords, file: string): (form: string) => boolean {
  const known = new Set(verdicts.known);
  const unknown = new Set(verdicts.unknown);
  return (form) => {
    if (known.has(form)) return true;
    if (unknown.has(form)) return false;
    throw new Error(`${file} has no verdict on «${form}», a word of the records: it was written from other records (run \`npm run ingest -- --out data\`)`);
  };
}

/**
 * `isWord`: whether a form is a word of the language, which `й`-forms printed once must be (see short-i.ts): the
 * Russian dictionary (`isRussianWord` in src/lib/lang/spelling.ts), or its verdicts as the ingest wrote them (`verdictsDictionary`).
 */
export function searchContext(
  /** How many documents print each word with `й` (`documentsPrinting` of every document's `documentWords`): the corpus the `й`-forms come from. */
  printedIn: ReadonlyMap<string, number>,
  persons: readonly Person[],
  sources: readonly Source[],
  isWord?: (form: string) => boolean,
): SearchContext {
  const stems = new Stems();
  return {
    persons,
    personsById: new Map(persons.map((p) => [p.id, p])),
    sources: new Map(sources.map((s) => [s.id, s])),
    shortI: shortIForms(printedIn, stems, isWord),
    stems,
  };
}

/** A person in the index-only text: the name as in the index of names, its case forms, its Latin forms. */
export interface IndexedName {
  id: string;
  /** `Троцкий Л. Д.` */
  name: string;
  /**
   * The other case forms of the surname (`Троцкого`, `Троцкому`, …): Snowball stems some surnames
   * apart by case (`Зиновьев` → `зинов`, `Зиновьева` → `зиновьев`), so a query in one case would
   * miss a page that has another. None for a body.
   */
  cases: string[];
  /** `L. D. Trotsky`, `Trotskii`, `Trockij`, …: the initials with the English form, then the other forms. */
  latin: string[];
}

export interface SearchRecord {
  /** Filter key → values (each value once). */
  filters: Record<string, string[]>;
  /** Sort key → value. */
  sort: Record<string, string>;
  /** Meta key → value (only keys with a value). */
  meta: Record<string, string>;
  /** Index-only text: the parties (authors, addressees; persons and bodies). */
  parties: IndexedName[];
  /** Index-only text: the persons the texts name, who are not parties. */
  named: IndexedName[];
  /** Index-only text: the date as readers type it, the printed date first. */
  dates: string[];
  /** Index-only text: place, secrecy grif, registration number, when the record has them. */
  particulars: string[];
}

const unique = (xs: readonly (string | null | undefined)[]): string[] =>
  [...new Set(xs.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()))];

/** A person's forms, made once per person (every document's record names its persons again). */
function perPerson(make: (person: Person) => string[]): (person: Person) => string[] {
  const made = new WeakMap<Person, string[]>();
  return (person) => {
    let forms = made.get(person);
    if (!forms) made.set(person, (forms = make(person)));
    return [...forms];
  };
}

/** The Latin forms of a person for the index text: `L. D. Trotsky`, then `Trotskii`, `Trockij`, … */
export const latinForms = perPerson(latinFormsOf);

function latinFormsOf(person: Person): string[] {
  if (person.kind !== 'person') return [];
  const { surname, initials } = splitName(person.name);
  const forms = romanizedForDisplay(surname);
  const english = englishName(surname);
  const withInitials = romanizeInitials(initials).map((i) => `${i} ${english}`);
  return unique([...withInitials, english, ...forms]);
}

/** The case forms of a person's surname other than the nominative (`Троцкого`, `Троцкому`, …). */
export const caseForms = perPerson(caseFormsOf);

function caseFormsOf(person: Person): string[] {
  if (person.kind !== 'person') return [];
  const { surname } = splitName(person.name);
  return surnameForms(surname).filter((f) => f !== surname);
}

/** The search record of one document. */
export function searchRecord(doc: Document, ctx: SearchContext): SearchRecord {
  const source = ctx.sources.get(doc.source);
  const legend = doc.legend;
  const edtf = doc.date.edtf;

  // A party is filtered by its entry in the index of names: a renamed body (РКП(б) → ВКП(б)) is one value,
  // under its latest name, as it has one page; the document itself shows the name of its day.
  const indexName = (r: Document['authors'][number]): string => ctx.personsById.get(r.id)?.name ?? r.name;
  const filters: Record<string, string[]> = {
    [FILTER_KEYS.author.key]: unique(doc.authors.map(indexName)),
    [FILTER_KEYS.addressee.key]: unique(doc.addressees.map(indexName)),
    [FILTER_KEYS.genre.key]: unique([doc.genre]),
    [FILTER_KEYS.archive.key]: unique([legend?.archive]),
    [FILTER_KEYS.fond.key]: legend?.archive && legend.fond ? [`${legend.archive}, ф. ${legend.fond}`] : [],
    [FILTER_KEYS.source.key]: unique([source?.shortTitle ?? doc.source]),
    [FILTER_KEYS.kind.key]: [KIND_VALUES.document],
    [FILTER_KEYS.year.key]: filedYear(edtf),
    [FILTER_KEYS.month.key]: monthValues(edtf),
  };

  const tie = `${doc.source} ${numberKey(doc.number)}`;
  const keys = sortKeys(edtf, tie);
  const sort = { [SORT_KEYS.date]: keys.date, [SORT_KEYS.dateDesc]: keys.date_desc };

  const stems = ctx.stems;
  const pageWords = documentWords(doc);
  const forms = missingShortIForms(pageWords, ctx.shortI, stems);
  // A text that is a source of its own has no number a reader would cite: its card shows none.
  const meta: Record<string, string> = {
    ...(source?.kind === 'document-collection' ? { [META_KEYS.number]: String(doc.number) } : {}),
    [META_KEYS.date]: dateText(edtf),
  };
  if (doc.date.text.trim()) meta[META_KEYS.dateText] = doc.date.text.trim();
  if (edtf) meta[META_KEYS.dateEdtf] = edtf;
  if (doc.genre) meta[META_KEYS.genre] = doc.genre;
  if (forms.length > 0) meta[META_KEYS.shortIForms] = forms.join(' ');

  const byId = ctx.personsById;
  const { parties: partyPersons, named } = documentPersons(doc, ctx.persons);
  const partyNames = new Set(partyPersons.map((p) => p.id));
  const parties: IndexedName[] = [];
  for (const ref of [...doc.authors, ...doc.addressees]) {
    if (parties.some((p) => p.id === ref.id)) continue;
    const person = byId.get(ref.id);
    const isPerson = person !== undefined && partyNames.has(person.id);
    parties.push({ id: ref.id, name: ref.name, cases: isPerson ? caseForms(person) : [], latin: isPerson ? latinForms(person) : [] });
  }

  return {
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0)),
    sort,
    meta,
    parties,
    named: named.map((p) => ({ id: p.id, name: p.name, cases: caseForms(p), latin: latinForms(p) })),
    dates: unique([edtf ? edtfLabel(edtf) : null, doc.date.text, ...dateForms(edtf)]),
    particulars: unique([doc.place, doc.classification, doc.registration]),
  };
}

/** A name as the index-only text gives it: the name, its case forms and its Latin forms, `·` between. */
export const indexedLine = (n: IndexedName): string => [n.name, ...n.cases, ...n.latin].join(' · ');

/** The record's index-only text, line by line, as the page gives it to the search index (search-index.astro), with the index-only meta. */
export function indexOnlyLines(record: SearchRecord): string[] {
  return [
    ...record.parties.map(indexedLine),
    ...record.named.map(indexedLine),
    record.dates.join(' · '),
    record.particulars.join(' · '),
    record.meta[META_KEYS.shortIForms] ?? '',
  ].filter(Boolean);
}
