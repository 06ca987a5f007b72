import {
  CorrectionsFileSchema,
  OcrReviewedSchema,
  PersonNamesFileSchema,
  BodyRenamesFileSchema,
  DocumentSchema,
  PersonSchema,
  ReportSchema,
  SourceTextSchema,
  StudySchema,
  type Diagnostic,
  type Document,
  type Person,
  type Report,
  type ShortIWords,
  type Source,
  type Study,
} from '../../schemas/index.ts';
import { acknowledge, loadBaseline, type LineText } from './acknowledge.ts';
import type { BlockOptions } from './blocks.ts';
import { applyCorrections } from './corrections.ts';
import { measureCoverage } from './coverage.ts';
import type { SourceLine } from './decode.ts';
import { Diagnostics } from './diagnostics.ts';
import type { DraftDocument, DraftStudy, ParsedSource } from './draft.ts';
import { readEditorialFile, readEditorialValue } from './editorial-file.ts';
import { ocrCounts, reviewDiagnostics } from './ocr-review.ts';
import { reviewInThread } from './ocr-review-thread.ts';
import { readRussianSpeller } from '../lang/spelling.ts';
import type { Speller } from '../lang/ocr-candidates.ts';
import { checkExpected } from './expect.ts';
import { collectEvidence } from './hyphenation.ts';
import { newLatinTally, repairLookalikes } from './latin.ts';
import { collectCaseEvidence } from './lost-capitals.ts';
import { parseSource, sourceOrder } from './kinds.ts';
import { loadSources, type LoadedSource } from './load-sources.ts';
import { indexPersons } from './persons.ts';
import { newTypographyTally, typeset, type TypographyTally } from './typography.ts';
import { deriveReadingText } from '../render/reading-text.ts';
import { shortIVerdicts } from '../search/record.ts';

export interface IngestResult {
  documents: Document[];
  /** Studies (articles, the chapters of a book), in the order of the sources and of each source. */
  studies: Study[];
  persons: Person[];
  report: Report;
  /** Parsed front matter per source (preface blocks and notes), for the sources pages. */
  sources: Array<{ source: Source; frontMatter: ParsedSource['frontMatter']; frontNotes: ParsedSource['frontNotes'] }>;
  /** The dictionary's verdicts on the documents' `й`-words, when asked for (`IngestOptions.shortIWords`). */
  shortIWords: ShortIWords | null;
}

export interface IngestOptions {
  sourcesDir: string;
  /** Path of the corrections file; missing file means no corrections. */
  correctionsFile?: string | undefined;
  /** Path of the name authority file (`content/person-names.json`); missing file means none. */
  personNamesFile?: string | undefined;
  /** Path of the renamings of bodies (`content/body-names.json`); missing file means none. */
  bodyNamesFile?: string | undefined;
  /** Path of the reviewed warnings (`content/acknowledged-diagnostics.json`); missing file means none. */
  acknowledgementsFile?: string | undefined;
  /**
   * Path of the OCR review (`content/ocr-reviewed.json`): when given, every candidate OCR slip must have a
   * decision (`ocr-review.ts`); when not, no review is made and `report.ocr` is `null`.
   */
  ocrReviewedFile?: string | undefined;
  onProgress?: (message: string) => void;
  /**
   * Whether to give the Russian dictionary's verdicts on the documents' words with `й` (`shortIWords`), which
   * the pages' build reads instead of the dictionary: `npm run ingest` does; a test that does not ask is spared
   * reading the dictionary (a few seconds) when nothing else needs it.
   */
  shortIWords?: boolean;
  /** The date the build is of (`report.json`'s `generated`): the commit's, never the clock's, so rebuilds are identical; `null` when unknown. */
  generated?: string | null;
}

/** The edition's own files: sources, corrections and the name authority under `content/`. */
export function editionOptions(sourcesDir = 'content/sources'): IngestOptions {
  return {
    sourcesDir,
    correctionsFile: 'content/corrections.json',
    personNamesFile: 'content/person-names.json',
    bodyNamesFile: 'content/body-names.json',
    acknowledgementsFile: 'content/acknowledged-diagnostics.json',
    ocrReviewedFile: 'content/ocr-reviewed.json',
  };
}

/** Reads every source with its sidecar, parses it, and returns validated records and the report. */
export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const progress = options.onProgress ?? (() => {});
  const general = new Diagnostics('(sources)');
  const loaded = await loadSources(options.sourcesDir, general, progress);
  const lineText = readLines(loaded);
  const tally = newLatinTally();
  for (const s of loaded) for (const l of s.lines) l.text = repairLookalikes(l.text, tally);
  const corrections = (await readEditorialFile(options.correctionsFile, CorrectionsFileSchema)).entries;
  // The review reads only the lines as they now are: begun here, in a thread of its own, beside the parse.
  const reviewed = await readEditorialValue(options.ocrReviewedFile, OcrReviewedSchema);
  if (reviewed) progress('reviewing candidate OCR slips, beside the parse');
  const review = reviewed ? reviewInThread(loaded, corrections, reviewed.entries) : null;
  // Heard where it is awaited; until then a fault must not end the process unreported.
  review?.catch(() => {});
  progress('collecting word evidence');
  const evidence = collectEvidence(sourceTexts(loaded));
  // Case evidence is asked only of words that begin with a letter some source lost: only those are collected.
  const lost = new Set(loaded.flatMap((s) => (s.source.lostCapitals ?? []).map((c) => c.toLowerCase())));
  const cases = collectCaseEvidence(sourceTexts(loaded.filter((s) => !s.source.lostCapitals?.length)), lost);
  const hyphenation = { joined: 0, kept: 0 };
  // The dictionary (some 160 MB of heap) serves the lost capitals and the `й`-words' verdicts: read when first asked, let go after them (the review's thread reads its own).
  let read: Speller | null = null;
  const dictionary = (): Speller => (read ??= readRussianSpeller());
  const run = parseSources(loaded, { evidence, tally: hyphenation, cases, dictionary }, progress);

  const unused = applyCorrections(run.drafts, corrections);
  const typography = typesetAll(run.drafts, run.parsed, run.studies);
  for (const id of unused) general.report('correction-unused', 0, `correction "${id}" found nothing to correct`, { data: { correction: id } });

  progress('indexing persons and validating records');
  const authority = (await readEditorialFile(options.personNamesFile, PersonNamesFileSchema)).entries;
  const renames = (await readEditorialFile(options.bodyNamesFile, BodyRenamesFileSchema)).entries;
  const files = new Map(loaded.map((s) => [s.source.id, s.source.file]));
  const { refs, persons, diagnostics: personDiagnostics } = indexPersons(run.drafts, new Map(authority.map((a) => [a.name, a.canonical])), files, renames);
  // The review's warnings go before the persons' when it is done, where they stood when the review came after the parse.
  const reviewAt = general.items.length;
  general.items.push(...personDiagnostics);
  const documents = run.drafts.map((d) => {
    const { parties: _parties, span: _span, ...rest } = d;
    return deriveReadingText(DocumentSchema.parse({ ...rest, ...refs.get(d)! }));
  });
  // The validated records are copies: the drafts are let go (at ×100 their objects held some hundreds of MB to the end).
  refs.clear();
  run.drafts.length = 0;
  const studies = run.studies.map(({ span: _span, ...rest }) => deriveReadingText(StudySchema.parse(rest)));
  const shortIWords = options.shortIWords ? shortIVerdicts(documents, (w) => dictionary().correct(w)) : null;
  read = null;
  checkDuplicates([...documents, ...studies], general);
  const candidates = review ? await review : null;
  if (reviewed && candidates) general.items.splice(reviewAt, 0, ...reviewDiagnostics(candidates, reviewed.entries, options.ocrReviewedFile!).flatMap((d) => d.items));
  progress('measuring coverage');
  const coverage = checkCoverage(documents, studies, run.sectionTexts, run.diagnostics);

  const all = [...run.diagnostics, ...general.items];
  all.push(...acknowledge(all, await loadBaseline(options.acknowledgementsFile), lineText));
  const byCode: Record<string, number> = {};
  for (const d of all) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
  const report = ReportSchema.parse({
    generated: options.generated ?? null,
    documents: run.counts,
    diagnostics: all,
    byCode,
    gaps: run.gaps,
    coverage,
    latinRepairs: tally,
    hyphenation,
    corrections: { applied: corrections.length - unused.length, unused },
    ocr: candidates ? ocrCounts(candidates) : null,
    typography,
    capitals: capitalTally(studies),
  });
  return { documents, studies, persons: persons.map((p) => PersonSchema.parse(p)), report, sources: run.parsed.map((p) => SourceTextSchema.parse(p)), shortIWords };
}

/** The capitals restored in the studies, by rule and by source. */
function capitalTally(studies: Study[]): Report['capitals'] {
  const tally: Report['capitals'] = { total: 0, byRule: {}, bySource: {} };
  for (const s of studies) {
    for (const r of s.capitals ?? []) {
      tally.total++;
      tally.byRule[r.rule] = (tally.byRule[r.rule] ?? 0) + 1;
      tally.bySource[s.source] = (tally.bySource[s.source] ?? 0) + 1;
    }
  }
  return tally;
}

/** What parsing every source gives, before corrections, typography and person ids. */
interface SourcesRun {
  drafts: DraftDocument[];
  studies: DraftStudy[];
  parsed: IngestResult['sources'];
  gaps: Report['gaps'];
  /** Documents per source id. */
  counts: Record<string, number>;
  /** The documents section of each parsed source, with its diagnostics, for the coverage check. */
  sectionTexts: Map<string, { lines: SourceLine[]; diagnostics: Diagnostics }>;
  /** Every source's diagnostics, in the order of the sources. */
  diagnostics: Diagnostic[];
}

function parseSources(loaded: LoadedSource[], blockOptions: Omit<BlockOptions, 'paragraphEnds'>, progress: (m: string) => void): SourcesRun {
  const run: SourcesRun = { drafts: [], studies: [], parsed: [], gaps: [], counts: {}, sectionTexts: new Map(), diagnostics: [] };
  for (const { source, expect, lines, diagnostics } of [...loaded].sort((a, b) => sourceOrder(a.source, b.source))) {
    const result = lines.length > 0 ? parseSource(source, lines, diagnostics, { ...blockOptions, expect }) : null;
    run.counts[source.id] = result?.documents.length ?? 0;
    if (lines.length > 0 && (result || expect.documents)) checkExpected(expect, result?.documents ?? [], lines, diagnostics);
    if (result) {
      run.drafts.push(...result.documents);
      run.studies.push(...result.studies);
      run.parsed.push({ source, frontMatter: result.frontMatter, frontNotes: result.frontNotes });
      run.gaps.push(...result.gaps.map((g) => ({ source: source.id, ...g })));
      run.sectionTexts.set(source.id, { lines: result.sectionText, diagnostics });
      progress(`${source.id}: ${result.documents.length} documents`);
    }
    run.diagnostics.push(...diagnostics.items);
  }
  return run;
}

/** Sets quotes and dashes in the drafts, the studies and the sources' front matter. */
function typesetAll(drafts: DraftDocument[], parsed: IngestResult['sources'], studies: DraftStudy[]): TypographyTally {
  const typography = newTypographyTally();
  for (const d of drafts) typesetDocument(d, typography);
  for (const s of studies) typesetStudy(s, typography);
  for (const p of parsed) {
    for (const b of p.frontMatter) b.text = typeset(b.text, typography);
    for (const n of p.frontNotes) n.text = typeset(n.text, typography);
  }
  return typography;
}

/** The share of each parsed source's letters that reappear in its records; lines that do not are reported into `all`. */
function checkCoverage(documents: Document[], studies: Study[], sectionTexts: SourcesRun['sectionTexts'], all: Diagnostic[]): Report['coverage'] {
  const coverage: Report['coverage'] = [];
  for (const [sourceId, { lines, diagnostics }] of sectionTexts) {
    // Made as the check reads them (a record's `text` is joined from its blocks when read): at ×100 the texts together are some 360 MB.
    const texts = {
      *[Symbol.iterator]() {
        for (const d of documents) if (d.source === sourceId) yield* [d.title, d.text, d.legend?.text ?? '', ...d.published, ...d.marginalia, ...d.notes.map((n) => n.text)];
        for (const s of studies) if (s.source === sourceId) yield* studyTexts(s);
      },
    };
    const { letters, covered, lost } = measureCoverage(
      lines.map((l) => l.text),
      texts,
    );
    for (const i of lost) diagnostics.report('line-not-in-records', lines[i]!.no, `less than half of this line reappears in the records: "${lines[i]!.text.trim().slice(0, 70)}"`);
    all.push(...diagnostics.items.filter((d) => d.code === 'line-not-in-records'));
    coverage.push({ source: sourceId, letters, covered, ratio: letters === 0 ? 0 : covered / letters });
  }
  return coverage;
}

/** The text of every line of `sources`, one after another, without gathering them in one array. */
function* sourceTexts(sources: LoadedSource[]): Generator<string> {
  for (const s of sources) for (const l of s.lines) yield l.text;
}

/** The sources' lines as decoded, before look-alike letters are repaired, for the baseline's quotes. */
function readLines(loaded: LoadedSource[]): LineText {
  const files = new Map(loaded.map((s) => [s.source.file, s.lines.map((l) => l.text)]));
  return (file, line) => files.get(file)?.[line - 1];
}

/** Every text of a study a reader reads, for the coverage check. */
function studyTexts(s: Study): string[] {
  return [s.part ?? '', s.title, s.titleEn ?? '', s.publication ?? '', s.text, ...s.abstracts.map((a) => a.text), ...s.keywords, ...s.notes.map((n) => n.text)];
}

function checkDuplicates(records: Array<Document | Study>, general: Diagnostics): void {
  const seen = new Set<string>();
  for (const d of records) {
    if (seen.has(d.id)) general.report('duplicate-id', 0, `record id ${d.id} occurs twice`, { document: d.id });
    seen.add(d.id);
  }
}

/** Sets quotes and dashes in everything a reader reads; printed forms kept for reference (`printed`, legend) stay as they are. */
function typesetDocument(d: DraftDocument, tally: TypographyTally): void {
  d.title = typeset(d.title, tally);
  for (const b of d.blocks) b.text = typeset(b.text, tally);
  for (const n of d.notes) n.text = typeset(n.text, tally);
  d.marginalia = d.marginalia.map((m) => typeset(m, tally));
  d.published = d.published.map((p) => typeset(p, tally));
}

/** Sets quotes and dashes in what a reader reads of a study. */
function typesetStudy(s: DraftStudy, tally: TypographyTally): void {
  s.title = typeset(s.title, tally);
  if (s.publication) s.publication = typeset(s.publication, tally);
  for (const b of s.blocks) b.text = typeset(b.text, tally);
  for (const n of s.notes) n.text = typeset(n.text, tally);
  for (const a of s.abstracts) a.text = typeset(a.text, tally);
}
