/**
 * What the page «Об издании» (`src/pages/about.astro`) shows that is computed from the data: the
 * ingest's counts, the corrections and name forms, what is missing (lost headers, notes, dates), the
 * dates to check, the URL examples and the data files. The page keeps the prose and renders this;
 * `tests/site-about-view.test.ts` checks it on the records in `data/`. Pure.
 */
import type { Correction, DocumentSummary, Person, PersonName, Report, Source, SourceText, Study } from '../../schemas/index.ts';
import { edtfLabel } from '../edtf/label.ts';
import { countDocuments, countStudies, plural } from '../lang/plural.ts';
import { CORRECTED_FIELD_LABELS, CORRECTION_KIND_LABELS, documentLabel, numberLabel, TITLE_SUPPLIED } from '../render/labels.ts';
import { buildArchiveTree } from './archive-tree.ts';
import { genreGroups } from './genres.ts';
import { groupByPeriod, undatedReason } from './periods.ts';
import { dateDiscrepancies, DIAGNOSTIC_LABELS, noteProblems, number, percent } from './report-view.ts';
import { urls } from '../ids/urls.ts';
import { SOURCE_KIND_LABELS, SOURCE_KIND_POSSESSIVE } from './sources.ts';
import { CAPITAL_RULES } from './study-view.ts';

/** What the page reads: the records, the report, the sources' front matter and the two editorial files. */
export interface AboutData {
  report: Report;
  /** The documents in the order of the data. */
  documents: readonly DocumentSummary[];
  /** The same in date order (`byDate` in data.ts). */
  byDate: readonly DocumentSummary[];
  /** The note marks of each document's body, by id (`noteMarks` in data.ts). */
  noteMarks: ReadonlyMap<string, readonly string[]>;
  persons: readonly Person[];
  /** The studies (`studies.json`). */
  studies: readonly Study[];
  sources: readonly Source[];
  sourceTexts: readonly SourceText[];
  /** `content/corrections.json`. */
  corrections: readonly Correction[];
  /** `content/person-names.json`. */
  personNames: readonly PersonName[];
  /** Ids of the documents the ingest found no date for (`documentsWith('date-missing')`). */
  dateMissing: ReadonlySet<string>;
}

/** A link, or the text alone when there is nothing to link to. */
export interface MaybeLink {
  text: string;
  href: string | null;
}

export interface AboutView {
  /** The date of the commit the edition was built from, in Russian (`1 января 2026 г.`), or «дата неизвестна». */
  generated: string;
  latinRepairs: { total: string; letters: { label: string; count: number }[] };
  /** `1 234 примечания`. */
  notesTotal: string;
  hyphenation: { joined: string; kept: string };
  typography: { quotes: string; dashes: string };
  coverage: { href: string; title: string; percent: string; covered: string; letters: string }[];
  corrections: {
    applied: number;
    total: number;
    /** Ids of the corrections that found nothing, joined; `null` when all were applied. */
    unused: string | null;
    /** The review of candidate OCR slips, counts in words (`3 160`); `null` when the ingest made none. */
    ocr: { candidates: string; corrected: string; sic: string; asPrinted: string; undecided: string } | null;
    rows: { document: MaybeLink; field: string; kind: string; from: string; date: { label: string; edtf: string } | null; to: string; reason: string }[];
  };
  personNames: { name: string; canonical: MaybeLink; reason: string }[];
  /** Lost headers: the document, where in which source, and what became of it. */
  gaps: { document: MaybeLink; source: string; line: string; resolution: string }[];
  /** Other documents whose title the edition supplied, joined; `null` when there are none. */
  suppliedToo: string | null;
  notes: { n: string | null; documents: MaybeLink[]; prefaces: MaybeLink[]; line: string; meaning: string }[];
  undated: { href: string; label: string; reason: string }[];
  discrepancies: {
    /** `В 5 документах`. */
    count: string;
    rows: { href: string; label: string; title: string; closing: string; corrected: boolean }[];
  };
  /** Sources the ingest does not read yet: the kind's label and the possessive that agrees with it («её» or «его» текст). */
  notParsed: { href: string; title: string; kind: string; its: string }[];
  codes: { code: string; count: number; meaning: string }[];
  urls: { page: string; examples: string[] }[];
  data: { documents: string; persons: number; studies: string };
  /** Capitals an OCR lost and the edition restored (`report.capitals`), by source and by rule. */
  capitals: { total: string; sources: { href: string; title: string; count: number }[]; rules: { label: string; count: number }[] };
}

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('ru') + s.slice(1);

/** URL examples for the table of the URL scheme, taken from the data so that every example link works. */
function urlExamples({ documents, byDate, persons, sources }: AboutData): AboutView['urls'] {
  const first = byDate[0];
  const trotsky = persons.find((p) => p.id === 'trockiy-l-d') ?? persons[0];
  const a0 = buildArchiveTree(documents).archives[0];
  const f0 = a0?.fonds[0];
  const o0 = f0?.opisi[0];
  const d0 = o0?.dela[0];
  const { years, undated } = groupByPeriod(byDate);
  const y0 = years[0];
  const m0 = y0?.months[0];
  const g0 = genreGroups(documents)[0];
  const collection = sources.find((s) => s.kind === 'document-collection') ?? sources[0];
  return [
    { page: 'главная', examples: [urls.home()] },
    { page: 'документ (адрес записан в поле url записи)', examples: first ? [urls.document(first.id)] : [] },
    { page: 'все документы', examples: [urls.documents()] },
    {
      page: 'по датам: все годы, год, месяц, без даты',
      examples: [urls.dates(), ...(y0 ? [urls.year(y0.year)] : []), ...(m0 ? [urls.month(m0.month)] : []), ...(undated.length > 0 ? [urls.undated()] : [])],
    },
    { page: 'указатель имён, лицо или учреждение', examples: [urls.persons(), ...(trotsky ? [urls.person(trotsky.id)] : [])] },
    {
      page: 'архив: архивы, архив, фонд, опись, дело',
      examples: [
        urls.archives(),
        ...(a0 ? [urls.archive(a0.archive)] : []),
        ...(a0 && f0 ? [urls.fond(a0.archive, f0.fond)] : []),
        ...(a0 && f0 && o0 ? [urls.opis(a0.archive, f0.fond, o0.opis)] : []),
        ...(a0 && f0 && o0 && d0 ? [urls.delo(a0.archive, f0.fond, o0.opis, d0.delo)] : []),
      ],
    },
    { page: 'виды документов, вид', examples: [urls.genres(), ...(g0 ? [g0.url] : [])] },
    { page: 'источники, источник', examples: [urls.sources(), ...(collection ? [urls.source(collection.id)] : [])] },
    { page: 'об издании', examples: [urls.about()] },
    { page: 'поиск', examples: [urls.search()] },
    { page: 'данные', examples: ['documents.json', 'persons.json', 'report.json', 'sources.json'].map((f) => urls.data(f)) },
  ];
}

/** Names of the look-alike repairs that are not one Latin letter. */
const LETTER_NAMES: Readonly<Record<string, string>> = { roman: 'римские цифры, набранные наполовину кириллицей' };

/** What the page «Об издании» shows from the data. */
export function aboutView(data: AboutData): AboutView {
  const { report, documents, byDate, persons, sources, sourceTexts, studies } = data;
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const personByName = new Map(persons.map((p) => [p.name, p]));
  const label = (doc: DocumentSummary): string => documentLabel(doc, sourceById.get(doc.source));
  const link = (doc: DocumentSummary): MaybeLink & { href: string } => ({ text: label(doc), href: urls.document(doc.id) });
  const sourceTitle = (id: string): string => sourceById.get(id)?.shortTitle ?? id;
  const notesTotal = documents.reduce((n, d) => n + d.notes.length, 0);
  const isGap = (d: DocumentSummary) => report.gaps.some((g) => g.source === d.source && g.number === d.number);
  const suppliedToo = documents.filter((d) => d.titleSupplied && !isGap(d));
  const discrepancies = dateDiscrepancies(report.diagnostics, documents);

  return {
    generated: buildDate(report.generated),
    latinRepairs: {
      total: number(report.latinRepairs.total),
      letters: Object.entries(report.latinRepairs.byLetter)
        .sort(([, a], [, b]) => b - a)
        .map(([letter, count]) => ({ label: LETTER_NAMES[letter] ?? `латинская «${letter}»`, count })),
    },
    notesTotal: `${number(notesTotal)} ${plural(notesTotal, ['примечание', 'примечания', 'примечаний'])}`,
    hyphenation: { joined: number(report.hyphenation.joined), kept: number(report.hyphenation.kept) },
    typography: { quotes: number(report.typography.quotes), dashes: number(report.typography.dashes) },
    coverage: report.coverage.map((c) => ({
      href: urls.source(c.source),
      title: sourceTitle(c.source),
      percent: percent(c.ratio),
      covered: number(c.covered),
      letters: number(c.letters),
    })),
    corrections: {
      applied: report.corrections.applied,
      total: data.corrections.length,
      unused: report.corrections.unused.length > 0 ? report.corrections.unused.join(', ') : null,
      ocr: report.ocr && {
        candidates: number(report.ocr.candidates),
        corrected: number(report.ocr.corrected),
        sic: number(report.ocr.sic),
        asPrinted: number(report.ocr.asPrinted),
        undecided: number(report.ocr.undecided),
      },
      rows: data.corrections.map((c) => {
        const doc = documentById.get(c.document);
        return {
          document: doc ? link(doc) : { text: c.document, href: null },
          field: CORRECTED_FIELD_LABELS[c.field].toLocaleLowerCase('ru'),
          kind: CORRECTION_KIND_LABELS[c.kind],
          from: c.from,
          date: c.field === 'date' ? { label: edtfLabel(c.to), edtf: c.to } : null,
          to: c.to,
          reason: c.reason,
        };
      }),
    },
    personNames: data.personNames.map((n) => {
      const person = personByName.get(n.canonical);
      return { name: n.name, canonical: { text: n.canonical, href: person ? urls.person(person.id) : null }, reason: n.reason };
    }),
    gaps: report.gaps.map((gap) => {
      const doc = documents.find((d) => d.source === gap.source && d.number === gap.number);
      return {
        document: { text: numberLabel(gap.number), href: doc ? urls.document(doc.id) : null },
        source: sourceTitle(gap.source),
        line: number(gap.line),
        resolution: gap.resolution === 'recovered' ? `текст найден, ${TITLE_SUPPLIED}.` : 'документ в тексте не найден.',
      };
    }),
    suppliedToo: suppliedToo.length > 0 ? suppliedToo.map(label).join(', ') : null,
    notes: noteProblems(
      report,
      documents,
      (d) => data.noteMarks.get(d.id) ?? [],
      sourceTexts.map((t) => ({ source: t.source.id, blocks: t.frontMatter })),
    ).map((p) => ({
      n: p.n,
      documents: p.documents.map(link),
      prefaces: p.prefaces.map((id) => ({ text: `предисловие к «${sourceTitle(id)}»`, href: `${urls.source(id)}#front-heading` })),
      line: number(p.line),
      meaning: DIAGNOSTIC_LABELS[p.code] ?? p.code,
    })),
    undated: groupByPeriod(byDate).undated.map((d) => ({ href: urls.document(d.id), label: label(d), reason: lowerFirst(undatedReason(d, data.dateMissing)) })),
    discrepancies: {
      count: `${discrepancies.length} ${plural(discrepancies.length, ['документе', 'документах', 'документах'])}`,
      rows: discrepancies.map((x) => ({
        href: urls.document(x.document.id),
        label: label(x.document),
        title: edtfLabel(x.title),
        closing: x.closing,
        corrected: x.document.corrections.some((c) => c.field === 'date' || c.from.includes(x.closing)),
      })),
    },
    notParsed: sources
      .filter((s) => (report.documents[s.id] ?? 0) === 0 && !studies.some((t) => t.source === s.id))
      .map((s) => ({ href: urls.source(s.id), title: s.shortTitle, kind: SOURCE_KIND_LABELS[s.kind], its: SOURCE_KIND_POSSESSIVE[s.kind] })),
    codes: Object.entries(report.byCode)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, count]) => ({ code, count, meaning: DIAGNOSTIC_LABELS[code] ?? '—' })),
    urls: urlExamples(data),
    data: { documents: countDocuments(documents.length), persons: persons.length, studies: countStudies(studies.length) },
    capitals: {
      total: number(report.capitals.total),
      sources: Object.entries(report.capitals.bySource).map(([id, count]) => ({ href: urls.source(id), title: sourceTitle(id), count })),
      rules: Object.entries(report.capitals.byRule).map(([rule, count]) => ({ label: CAPITAL_RULES[rule as keyof typeof CAPITAL_RULES] ?? rule, count })),
    },
  };
}

/** `report.generated` in Russian words: a build from a copy without its history has no date, and says so. */
function buildDate(generated: string | null): string {
  if (generated === null) return 'дата неизвестна';
  const date = new Date(generated);
  return Number.isNaN(date.getTime()) ? generated : new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
